// Where rule documentation lives online; SARIF helpUri and `persona lint` output link here.
// docs/rules/<id>.md ships in the package and in the repository under the same path.

export const INFORMATION_URI = 'https://github.com/persona-cli/persona';
export const DOCS_BASE_URL = `${INFORMATION_URI}/blob/main/docs/rules/`;
