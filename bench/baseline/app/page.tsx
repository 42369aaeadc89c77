// The smallest App Router page: no client components, so its first-load JS is the framework's.
export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare Next.js page to compare first-load JavaScript against.</p>
    </main>
  );
}
