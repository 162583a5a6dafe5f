// Cockpit dashboard "Tổng quan chương trình OCOP / OCOP programme overview": running dossiers by stage and
// level, certificates by stars and by province, outcomes per year, Decision 26/2026 dossiers per evaluation
// round, the time each level takes (median and 90th percentile) and overdue tasks per unit, as charts. The
// figures come from the plugin's REST resource, computed under the signed-in user's authorizations; the
// charts are drawn by Frappe Charts, served beside this script (copied from npm by the build, never from a
// CDN). Each chart sits in an element with a stable id (#ocop-overview-stages, -level-stages, -certificates,
// -provinces, -outcomes, -rounds, -durations, -overdue) and draws an <svg class="frappe-chart">, for the browser test.
import { Chart } from './frappe-charts.min.esm.js';
// Data is shown as text only: the project's DOM helpers set textContent, never HTML.
import { element, table } from '../../../ocop-audit/static/app/dom.js';

const LEVELS = [
  { id: 'commune', label: 'Cấp xã / Commune', colour: '#5e64ff' },
  { id: 'district', label: 'Cấp huyện / District', colour: '#28a745' },
  { id: 'province', label: 'Cấp tỉnh / Province', colour: '#ff9800' },
  { id: 'central', label: 'Trung ương / Central', colour: '#e53935' },
  { id: 'reevaluation', label: 'Đánh giá lại / Re-evaluation', colour: '#8e44ad' },
];
const ROUND_OUTCOMES = [
  { id: 'waiting', label: 'Đang chờ / Waiting', colour: '#5e64ff' },
  { id: 'recognised', label: 'Được công nhận / Recognised', colour: '#f08c00' },
  { id: 'referred', label: 'Chuyển lên bộ / Referred to the ministry', colour: '#c0392b' },
  { id: 'notProposed', label: 'Không đề nghị / Not proposed', colour: '#7f8c8d' },
  { id: 'lapsed', label: 'Hết hạn / Lapsed', colour: '#bdc3c7' },
];
const STARS = [
  { id: '3', label: '3 sao / 3★', colour: '#f4c542' },
  { id: '4', label: '4 sao / 4★', colour: '#f08c00' },
  { id: '5', label: '5 sao / 5★', colour: '#c0392b' },
];
const OUTCOMES = [
  { id: 'certified3', label: 'Công nhận 3★ / Certified 3★', colour: '#f4c542' },
  { id: 'certified4', label: 'Công nhận 4★ / Certified 4★', colour: '#f08c00' },
  { id: 'certified5', label: 'Công nhận 5★ / Certified 5★', colour: '#c0392b' },
  { id: 'notRecognised', label: 'Không được công nhận / Not recognised', colour: '#7f8c8d' },
  { id: 'notReRecognised', label: 'Không được tái công nhận / Not re-recognised', colour: '#95a5a6' },
  { id: 'rejected', label: 'Bị từ chối / Rejected', colour: '#34495e' },
  { id: 'lapsed', label: 'Hết hạn / Lapsed', colour: '#bdc3c7' },
  { id: 'revoked', label: 'Bị thu hồi / Revoked', colour: '#8e44ad' },
  { id: 'expired', label: 'Hết hiệu lực / Expired', colour: '#2c3e50' },
];

function levelLabel(id) {
  return (LEVELS.find((level) => level.id === id) || { label: id }).label;
}

// One chart's place: a heading, a line of figures, and the element the chart is drawn in.
function panel(root, id, heading) {
  const section = root.appendChild(element('div', null, { class: 'ocop-overview-panel', style: 'margin-bottom: 24px' }));
  section.appendChild(element('h4', heading));
  const summary = section.appendChild(element('p', null, { class: 'ocop-overview-summary' }));
  const chart = section.appendChild(element('div', null, { id, class: 'ocop-overview-chart' }));
  const figures = section.appendChild(element('div', null, { class: 'ocop-overview-figures' }));
  return { summary, chart, figures };
}

// The chart's figures in full, under it: axis labels are shortened to fit, the table's are not.
function figuresTable(place, headings, rows) {
  place.figures.textContent = '';
  if (rows.length) {
    place.figures.appendChild(table(headings, rows));
  }
}

function draw(place, data, options) {
  place.chart.textContent = '';
  if (!data.labels.length) {
    place.chart.appendChild(element('p', 'Không có số liệu / No figures', { class: 'ocop-overview-empty' }));
    return;
  }
  // eslint-disable-next-line no-new
  new Chart(place.chart, {
    type: 'bar', height: 260, truncateLegends: false, data, ...options,
  });
}

function refused(place, error) {
  place.chart.textContent = '';
  place.summary.textContent = '';
  place.chart.appendChild(element('p', 'Không tải được / Could not load: ' + error.message, { class: 'alert alert-danger' }));
}

function dashboard(node, api) {
  const base = `${api.cockpitApi}/plugin/ocop-overview/${api.engine}/overview`;
  const get = (path) => fetch(base + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
  }).then((response) => response.json().then((json) => {
    if (!response.ok) {
      throw new Error(json.message || response.statusText);
    }
    return json;
  }));

  node.textContent = '';
  const root = node.appendChild(element('section', null, { class: 'ocop-overview', id: 'ocop-overview', style: 'padding: 16px' }));
  root.appendChild(element('h3', 'Tổng quan chương trình OCOP / OCOP programme overview'));
  root.appendChild(element('p', 'Số liệu theo quyền của bạn: kiểm toán viên và quản trị viên xem toàn bộ, cán bộ xem hồ sơ'
    + ' đơn vị mình / Figures as your rights allow: auditors and administrators see everything, officials their'
    + ' unit\'s dossiers.'));

  const stages = panel(root, 'ocop-overview-stages', 'Hồ sơ đang xử lý theo bước và cấp / Running dossiers by stage and level');
  const levelStages = panel(root, 'ocop-overview-level-stages',
    'Trong cấp tỉnh / bộ (QĐ 26/2026) theo bước / Within a province or ministry level (Decision 26/2026), by step');
  get('/stages').then((figures) => {
    stages.summary.textContent = `${figures.running} hồ sơ đang xử lý, ${figures.other} ở bước khác / `
      + `${figures.running} running dossiers, ${figures.other} at other steps`;
    const present = LEVELS.filter((level) => figures.stages.some((stage) => stage.level === level.id));
    draw(stages, {
      labels: figures.stages.map((stage) => stage.label),
      datasets: present.map((level) => ({
        name: level.label,
        values: figures.stages.map((stage) => (stage.level === level.id ? stage.dossiers : 0)),
      })),
    }, { colors: present.map((level) => level.colour), barOptions: { stacked: 1 } });
    figuresTable(stages, ['Cấp / Level', 'Bước / Stage', 'Hồ sơ / Dossiers'], figures.stages.map((stage) => [
      levelLabel(stage.level), stage.label, stage.dossiers]));
    const steps = figures.levels.filter((step) => step.level === 'province');
    const levels = LEVELS.filter((level) => figures.levels.some((step) => step.level === level.id));
    draw(levelStages, {
      labels: steps.map((step) => step.label),
      datasets: levels.map((level) => ({
        name: level.label,
        values: steps.map((step) => figures.levels.find((row) => row.level === level.id && row.id === step.id).dossiers),
      })),
    }, { colors: levels.map((level) => level.colour) });
    figuresTable(levelStages, ['Cấp / Level', 'Bước / Step', 'Hồ sơ / Dossiers'], figures.levels.map((step) => [
      levelLabel(step.level), step.label, step.dossiers]));
  }).catch((error) => { refused(stages, error); refused(levelStages, error); });

  const byStars = panel(root, 'ocop-overview-certificates', 'Giấy chứng nhận còn hiệu lực theo số sao / Certificates in force by stars');
  const byProvince = panel(root, 'ocop-overview-provinces', 'Giấy chứng nhận theo tỉnh / Certificates by province');
  get('/certificates').then((figures) => {
    const total = STARS.reduce((sum, stars) => sum + figures.byStars[stars.id], 0);
    byStars.summary.textContent = `${total} giấy chứng nhận / certificates`;
    draw(byStars, {
      labels: STARS.map((stars) => stars.label),
      datasets: [{ name: 'Giấy chứng nhận / Certificates', values: STARS.map((stars) => figures.byStars[stars.id]) }],
    }, { colors: ['#f08c00'] });
    byProvince.summary.textContent = `${figures.byProvince.length} tỉnh / provinces`;
    draw(byProvince, {
      labels: figures.byProvince.map((province) => province.provinceName),
      datasets: STARS.map((stars) => ({
        name: stars.label, values: figures.byProvince.map((province) => province.stars[stars.id]),
      })),
    }, { colors: STARS.map((stars) => stars.colour), barOptions: { stacked: 1 } });
    figuresTable(byProvince, ['Tỉnh / Province'].concat(STARS.map((stars) => stars.label)), figures.byProvince
      .map((province) => [province.provinceName].concat(STARS.map((stars) => province.stars[stars.id]))));
  }).catch((error) => { refused(byStars, error); refused(byProvince, error); });

  const form = root.appendChild(element('form', null, { id: 'ocop-overview-years', class: 'form-inline', style: 'margin-bottom: 12px' }));
  const year = (name, label) => {
    const wrapper = form.appendChild(element('label', label + ' ', { style: 'margin-right: 16px' }));
    return wrapper.appendChild(element('input', null, { name, type: 'number', min: '2000', style: 'width: 7em' }));
  };
  const fromYear = year('fromYear', 'Từ năm / From year');
  const toYear = year('toYear', 'Đến năm / To year');
  form.appendChild(element('button', 'Xem / Show', { type: 'submit', class: 'btn btn-default' }));
  const outcomes = panel(root, 'ocop-overview-outcomes', 'Kết quả theo năm / Outcomes per year');
  const rounds = panel(root, 'ocop-overview-rounds',
    'Hồ sơ theo đợt đánh giá (QĐ 26/2026) / Dossiers per evaluation round (Decision 26/2026)');
  const durations = panel(root, 'ocop-overview-durations',
    'Thời gian mỗi cấp xử lý (ngày): trung vị và phân vị 90 / Days each level took: median and 90th percentile');

  const loadYears = () => {
    const query = new URLSearchParams();
    if (fromYear.value) query.set('fromYear', fromYear.value);
    if (toYear.value) query.set('toYear', toYear.value);
    const search = query.toString() ? '?' + query.toString() : '';
    get('/outcomes' + search).then((figures) => {
      fromYear.value = figures.fromYear;
      toYear.value = figures.toYear;
      const total = figures.years.reduce((sum, row) => sum + OUTCOMES.reduce((s, outcome) => s + row[outcome.id], 0), 0);
      outcomes.summary.textContent = `${figures.fromYear}–${figures.toYear}: ${total} kết quả / outcomes`;
      draw(outcomes, {
        labels: figures.years.map((row) => String(row.year)),
        datasets: OUTCOMES.map((outcome) => ({ name: outcome.label, values: figures.years.map((row) => row[outcome.id]) })),
      }, { colors: OUTCOMES.map((outcome) => outcome.colour), barOptions: { stacked: 1 } });
      figuresTable(outcomes, ['Kết quả / Outcome'].concat(figures.years.map((row) => String(row.year))),
        OUTCOMES.map((outcome) => [outcome.label].concat(figures.years.map((row) => row[outcome.id]))));
    }).catch((error) => refused(outcomes, error));
    get('/rounds' + search).then((figures) => {
      rounds.summary.textContent = `${figures.fromYear}–${figures.toYear}: ${figures.rounds.length} đợt / rounds`;
      draw(rounds, {
        labels: figures.rounds.map((round) => round.name),
        datasets: ROUND_OUTCOMES.map((outcome) => ({ name: outcome.label, values: figures.rounds.map((round) => round[outcome.id]) })),
      }, { colors: ROUND_OUTCOMES.map((outcome) => outcome.colour), barOptions: { stacked: 1 } });
      figuresTable(rounds, ['Đợt / Round'].concat(ROUND_OUTCOMES.map((outcome) => outcome.label)),
        figures.rounds.map((round) => [round.name].concat(ROUND_OUTCOMES.map((outcome) => round[outcome.id]))));
    }).catch((error) => refused(rounds, error));
    get('/durations' + search).then((figures) => {
      durations.summary.textContent = `${figures.fromYear}–${figures.toYear}`;
      draw(durations, {
        labels: figures.levels.map((level) => level.label),
        datasets: [
          { name: 'Trung vị / Median', values: figures.levels.map((level) => level.medianDays || 0) },
          { name: 'Phân vị 90 / 90th percentile', values: figures.levels.map((level) => level.p90Days || 0) },
        ],
      }, { colors: ['#5e64ff', '#e53935'] });
      const days = (value) => (value === null || value === undefined ? '—' : value);
      figuresTable(durations, ['Cấp / Level', 'Số lượt / Steps', 'Trung vị (ngày) / Median (days)',
        'Phân vị 90 (ngày) / 90th percentile (days)'], figures.levels.map((level) => [level.label, level.count,
        days(level.medianDays), days(level.p90Days)]));
    }).catch((error) => refused(durations, error));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    loadYears();
  });
  loadYears();

  const overdue = panel(root, 'ocop-overview-overdue', 'Việc quá hạn theo đơn vị / Overdue tasks per unit');
  get('/overdue').then((figures) => {
    overdue.summary.textContent = `${figures.tasks} việc quá hạn ở ${figures.units} đơn vị / `
      + `${figures.tasks} overdue tasks in ${figures.units} units`;
    draw(overdue, {
      labels: figures.byUnit.map((unit) => unit.unit),
      datasets: [{ name: 'Việc quá hạn / Overdue tasks', values: figures.byUnit.map((unit) => unit.tasks) }],
    }, { colors: ['#e53935'] });
    figuresTable(overdue, ['Đơn vị / Unit', 'Việc quá hạn / Overdue tasks'],
      figures.byUnit.map((unit) => [unit.unit, unit.tasks]));
  }).catch((error) => refused(overdue, error));
}

export default {
  id: 'ocop-overview',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: (node, { api }) => dashboard(node, api),
};
