// Small DOM helpers shared by the project's Cockpit pages and its Tasklist tab (served by the ocop-audit plugin):
// values are always set as text, never as HTML, so nothing a dossier holds can run in an official's browser.

export function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

export function table(headings, rows, attributes) {
  const result = element('table', null, { class: 'cam-table', ...(attributes || {}) });
  const head = element('tr');
  headings.forEach((heading) => head.appendChild(heading instanceof Node ? element('th').appendChild(heading).parentNode
    : element('th', heading)));
  result.appendChild(element('thead')).appendChild(head);
  const body = result.appendChild(element('tbody'));
  rows.forEach((cells) => {
    const row = body.appendChild(element('tr'));
    cells.forEach((cell) => row.appendChild(cell instanceof Node ? element('td').appendChild(cell).parentNode
      : element('td', cell)));
  });
  return result;
}
