// Written as build/404.html, the file static hosts serve for unknown paths.
export const trailingSlash = 'never';
