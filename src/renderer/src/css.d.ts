// Stylesheets are side-effect imports that Vite bundles (a script file: wildcard modules cannot live in a module).
declare module '*.css';
