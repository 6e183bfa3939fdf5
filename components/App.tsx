export function App() {
  return <main>Gapmark</main>;
}
