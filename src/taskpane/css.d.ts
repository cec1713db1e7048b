/** webpack loads *.css as source text (`type: "asset/source"`); the shell injects it in a <style>. */
declare module "*.css" {
  const text: string;
  export default text;
}
