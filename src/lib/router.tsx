// The app's router: the part of react-router's API the app uses, in a few lines, so the result page's
// JavaScript stays inside its budget. See docs/decisions/021-a-router-of-our-own.md
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
} from 'react';
import { Children, isValidElement } from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactElement, ReactNode } from 'react';

/** Where the app is, with the base path taken off. */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

type Navigate = (to: string, options?: { replace?: boolean }) => void;

interface RouterState {
  location: Location;
  navigate: Navigate;
  basename: string;
}

const RouterContext = createContext<RouterState | null>(null);
const RouteContext = createContext<{ params: Record<string, string>; outlet: ReactNode }>({
  params: {},
  outlet: null,
});

function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (!router) throw new Error('A link or route was rendered outside a router.');
  return router;
}

/** An address ("/compare?past=1#x") as its parts. */
function locationOf(to: string): Location {
  const url = new URL(to, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

const trimBase = (basename: string) => basename.replace(/\/$/, '');

/** The address with the base path in front, as the browser needs it. */
function withBase(basename: string, to: string): string {
  return `${trimBase(basename)}${to}`;
}

function withoutBase(basename: string, pathname: string): string {
  const base = trimBase(basename);
  if (base === '' || !pathname.startsWith(base)) return pathname;
  return pathname.slice(base.length) || '/';
}

function browserLocation(basename: string): Location {
  const { pathname, search, hash } = window.location;
  return { pathname: withoutBase(basename, pathname), search, hash };
}

/** The router for the page: the browser's address and history. Moves are transitions, as in react-router 7. */
export function BrowserRouter({ basename = '/', children }: { basename?: string; children: ReactNode }) {
  const [location, setLocation] = useState(() => browserLocation(basename));
  useLayoutEffect(() => {
    const onPopState = () => startTransition(() => setLocation(browserLocation(basename)));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [basename]);
  const navigate = useCallback<Navigate>(
    (to, options) => {
      const address = withBase(basename, to);
      if (options?.replace) window.history.replaceState(null, '', address);
      else window.history.pushState(null, '', address);
      startTransition(() => setLocation(browserLocation(basename)));
    },
    [basename],
  );
  return <RouterContext value={{ location, navigate, basename }}>{children}</RouterContext>;
}

/** A router that keeps its history in memory: for tests. */
export function MemoryRouter({
  initialEntries = ['/'],
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [location, setLocation] = useState(() => locationOf(initialEntries.at(-1) ?? '/'));
  const navigate = useCallback<Navigate>((to) => startTransition(() => setLocation(locationOf(to))), []);
  return <RouterContext value={{ location, navigate, basename: '/' }}>{children}</RouterContext>;
}

/** A router fixed at one address: for prerendering. */
export function StaticRouter({
  basename = '/',
  location,
  children,
}: {
  basename?: string;
  location: string;
  children: ReactNode;
}) {
  const fixed = locationOf(location);
  const value: RouterState = {
    location: { ...fixed, pathname: withoutBase(basename, fixed.pathname) },
    navigate: () => undefined,
    basename,
  };
  return <RouterContext value={value}>{children}</RouterContext>;
}

/**
 * The parameters of `pattern` ("/quiz/:number") in `pathname`, or null when it does not match. "*" matches
 * anything.
 * @example matchPath('/quiz/:number', '/quiz/7'); // { params: { number: '7' } }
 */
export function matchPath(pattern: string, pathname: string): { params: Record<string, string> } | null {
  if (pattern === '*') return { params: {} };
  const wanted = pattern.split('/').filter(Boolean);
  const given = pathname.split('/').filter(Boolean);
  if (wanted.length !== given.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = given[index] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) {
      return null;
    }
  }
  return { params };
}

interface RouteProps {
  path?: string;
  element: ReactNode;
  children?: ReactNode;
}

/** One route: read by `Routes`, never rendered itself. */
export function Route(props: RouteProps): ReactNode {
  void props;
  return null;
}

function routesOf(children: ReactNode): ReactElement<RouteProps>[] {
  return Children.toArray(children).filter((child): child is ReactElement<RouteProps> =>
    isValidElement(child),
  );
}

/** The element of the first route that matches, inside any layout route (without a path) around it. */
function matchRoutes(
  children: ReactNode,
  pathname: string,
): { params: Record<string, string>; chain: ReactNode[] } | null {
  for (const route of routesOf(children)) {
    const { path, element } = route.props;
    if (path === undefined) {
      const inner = matchRoutes(route.props.children, pathname);
      if (inner) return { params: inner.params, chain: [element, ...inner.chain] };
      continue;
    }
    const match = matchPath(path, pathname);
    if (match) return { params: match.params, chain: [element] };
  }
  return null;
}

/** Renders the route that matches the address. */
export function Routes({ children }: { children: ReactNode }) {
  const { location } = useRouter();
  const match = matchRoutes(children, location.pathname);
  if (!match) return null;
  // Innermost first: each element is the outlet of the one around it.
  return match.chain.reduceRight<ReactNode>(
    (outlet, element) => <RouteContext value={{ params: match.params, outlet }}>{element}</RouteContext>,
    null,
  );
}

/** Where a layout route shows the route inside it. */
export function Outlet() {
  return <>{useContext(RouteContext).outlet}</>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): Navigate {
  return useRouter().navigate;
}

export function useParams(): Record<string, string | undefined> {
  return useContext(RouteContext).params;
}

export function useSearchParams(): [URLSearchParams] {
  return [new URLSearchParams(useRouter().location.search)];
}

/** Goes to `to` once rendered (a render never moves by itself). */
export function Navigate({ to, replace = false }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => {
    navigate(to, { replace });
  }, [navigate, to, replace]);
  return null;
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
}

function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return (
    event.button === 0 &&
    (target === undefined || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/** A link that moves within the app; a click with a modifier key opens it as the browser would. */
export function Link({ to, replace = false, onClick, target, ...rest }: LinkProps) {
  const { navigate, basename } = useRouter();
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event, target)) return;
    event.preventDefault();
    navigate(to, { replace });
  };
  // The link's text comes in `children`, with the rest of its props.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a {...rest} href={withBase(basename, to)} target={target} onClick={onLinkClick} />;
}

/** A link that says when it is the page shown (`aria-current="page"`, class "active"). */
export function NavLink({ to, className, ...rest }: LinkProps) {
  const current = useLocation().pathname === locationOf(to).pathname;
  return (
    <Link
      {...rest}
      to={to}
      className={[className, current ? 'active' : undefined].filter(Boolean).join(' ') || undefined}
      aria-current={current ? 'page' : undefined}
    />
  );
}
