import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  BrowserRouter,
  Link,
  MemoryRouter,
  NavLink,
  Navigate,
  Outlet,
  Route,
  Routes,
  StaticRouter,
  matchPath,
  useLocation,
  useParams,
  useSearchParams,
} from '../../src/lib/router.tsx';

function Where() {
  const { pathname, search, hash } = useLocation();
  const [query] = useSearchParams();
  return (
    <p>
      at {pathname}
      {search}
      {hash} past={query.get('past') ?? '-'}
    </p>
  );
}

function Question() {
  return <h1>Question {useParams().number}</h1>;
}

function Frame() {
  return (
    <main>
      <nav>
        <NavLink to="/history">Past results</NavLink>
        <Link to="/quiz/2">Second</Link>
        <Link to="/compare?past=a1#code">Compare</Link>
      </nav>
      <Outlet />
      <Where />
    </main>
  );
}

const routes = (
  <Routes>
    <Route element={<Frame />}>
      <Route path="/quiz/:number" element={<Question />} />
      <Route path="/old" element={<Navigate to="/quiz/1" replace />} />
      <Route path="/history" element={<h1>History</h1>} />
      <Route path="*" element={<h1>Not found</h1>} />
    </Route>
  </Routes>
);

describe('the router', () => {
  it('matches patterns and decodes their parameters', () => {
    expect(matchPath('/quiz/:number', '/quiz/7')).toEqual({ params: { number: '7' } });
    expect(matchPath('/history/:id', '/history/a%20b')).toEqual({ params: { id: 'a b' } });
    expect(matchPath('/quiz/:number', '/quiz/7/8')).toBeNull();
    expect(matchPath('/quiz/:number', '/quick/7')).toBeNull();
    expect(matchPath('/history/:id', '/history/%E0%A4%A')).toBeNull();
  });

  it('renders the matching route inside its layout, and moves on a link with its search and hash', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter initialEntries={['/quiz/1']}>{routes}</MemoryRouter>);
    expect(await screen.findByRole('heading', { name: 'Question 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Second' }));
    expect(await screen.findByRole('heading', { name: 'Question 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Compare' }));
    expect(await screen.findByText('at /compare?past=a1#code past=a1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  it('marks the current page in the navigation', async () => {
    render(<MemoryRouter initialEntries={['/history']}>{routes}</MemoryRouter>);
    expect(await screen.findByRole('link', { name: 'Past results' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Second' })).not.toHaveAttribute('aria-current');
  });

  it('follows a Navigate once rendered', async () => {
    render(<MemoryRouter initialEntries={['/old']}>{routes}</MemoryRouter>);
    expect(await screen.findByRole('heading', { name: 'Question 1' })).toBeInTheDocument();
  });

  it('puts the base path in front of every link, and reads the address without it', () => {
    render(
      <StaticRouter basename="/careers/tpm/" location="/careers/tpm/quiz/3">
        {routes}
      </StaticRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Question 3' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Second' })).toHaveAttribute('href', '/careers/tpm/quiz/2');
  });

  it('pushes the browser history on a plain click, and leaves a click with a modifier key to the browser', async () => {
    window.history.replaceState(null, '', '/quiz/1');
    const user = userEvent.setup();
    render(<BrowserRouter>{routes}</BrowserRouter>);
    await user.click(screen.getByRole('link', { name: 'Second' }));
    expect(await screen.findByRole('heading', { name: 'Question 2' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/quiz/2');
    // Back: the browser's popstate takes the page back too.
    window.history.back();
    expect(await screen.findByRole('heading', { name: 'Question 1' })).toBeInTheDocument();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Second' }));
    await user.keyboard('{/Control}');
    expect(window.location.pathname).toBe('/quiz/1');
  });
});
