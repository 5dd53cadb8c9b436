// The differential hours test: the kiosk's evaluator against opening_hours.js, the reference
// implementation (a test-only tool, pinned in package-lock.json, installed by scripts/setup).
// Every rule of rules.txt and its generated variants, for places in Paris and in Strasbourg
// (Alsace-Moselle's own public holidays), at instants across 2026-2027 chosen where evaluators
// go wrong: public holidays, the days clocks change in Europe/Paris, month ends, fifth weekdays,
// ISO week 53 of 2026. Usage: node differential.js HOURS_STATES_BINARY
// Exit 0 when both agree on open, closed or unknown at every instant (but where the reference is
// known wrong, listed below with why); otherwise each disagreement is listed and the status is 1.
'use strict';
process.env.TZ = 'Europe/Paris'; // opening_hours.js reads local time; the kiosk's is Paris time
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

let OpeningHours;
try {
    OpeningHours = require('opening_hours');
} catch (e) {
    console.error('opening_hours.js is not installed: run scripts/setup (npm ci in tests/hours)');
    process.exit(2);
}

// Department code -> the nominatim-like place opening_hours.js takes to know PH.
const places = {
    '75': { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } },
    '67': { lat: 48.5734, lon: 7.7521, address: { country_code: 'fr', state: 'Bas-Rhin' } },
};

function baseRules() {
    return fs.readFileSync(path.join(__dirname, 'rules.txt'), 'utf8')
        .split('\n').filter((l) => l.trim() && !l.startsWith('#'));
}

// Weekday sets x time spans x what services add to them.
function generatedRules() {
    const days = ['Mo-Fr', 'Mo,We,Fr', 'Tu-Sa', 'Sa,Su', 'Mo-Su'];
    const times = ['09:00-12:00', '09:00-12:00,14:00-17:00', '08:30-16:30', '22:00-02:00', '00:00-24:00',
                   '18:00-24:00'];
    const tails = ['', '; PH off', '; Sa 10:00-12:00', '; We off', '; Dec 24-26 off', ' "sur rendez-vous"',
                   ' || "sur rendez-vous"', '; PH 10:00-12:00', '; Tu[-1] off', '; week 01-53/2 off'];
    const out = [];
    for (const d of days) for (const t of times) for (const tail of tails) out.push(`${d} ${t}${tail}`);
    for (const d of ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'])
        for (const n of ['1', '2,4', '-1', '1,3', '5', '-2', '1-2'])
            out.push(`${d}[${n}] 09:00-12:00; PH off`);
    return out;
}

function localMs(y, m, d, h, min) {
    return new Date(y, m - 1, d, h, min).getTime();
}

function instants() {
    const set = new Set();
    const rotating = [[9, 30], [11, 59], [12, 0], [13, 0], [15, 0], [16, 59], [17, 0], [23, 30], [1, 0], [8, 59]];
    const full = [[0, 0], [0, 30], [1, 30], [2, 30], [3, 30], [8, 59], [9, 0], [10, 30], [11, 59], [12, 0],
                  [13, 0], [14, 0], [15, 30], [16, 59], [17, 0], [21, 0], [22, 30], [23, 59]];
    const special = [];
    let i = 0;
    for (let t = new Date(2026, 0, 1); t.getFullYear() < 2028; t.setDate(t.getDate() + 1), ++i) {
        const [y, m, d] = [t.getFullYear(), t.getMonth() + 1, t.getDate()];
        const [h, min] = rotating[i % rotating.length];
        set.add(localMs(y, m, d, h, min));
        const last = new Date(y, m, 0).getDate();
        if (d === 1 || d === last || d >= 29) special.push([y, m, d]); // month ends, fifth weekdays
    }
    const holidays = [[2026, 1, 1], [2026, 4, 3], [2026, 4, 6], [2026, 5, 1], [2026, 5, 8], [2026, 5, 14],
                      [2026, 5, 25], [2026, 7, 14], [2026, 8, 15], [2026, 11, 1], [2026, 11, 11],
                      [2026, 12, 25], [2026, 12, 26], [2027, 1, 1], [2027, 3, 26], [2027, 3, 29],
                      [2027, 5, 1], [2027, 5, 6], [2027, 5, 8], [2027, 5, 17], [2027, 7, 14], [2027, 8, 15],
                      [2027, 11, 1], [2027, 11, 11], [2027, 12, 25], [2027, 12, 26]];
    const clocks = [[2026, 3, 29], [2026, 10, 25], [2027, 3, 28], [2027, 10, 31]];
    const week53 = [[2026, 12, 27], [2026, 12, 28], [2026, 12, 29], [2026, 12, 30], [2026, 12, 31],
                    [2027, 1, 2], [2027, 1, 3], [2027, 1, 4], [2027, 1, 11]];
    for (const [y, m, d] of [...holidays, ...clocks, ...week53, ...special]) {
        for (const [h, min] of full) set.add(localMs(y, m, d, h, min));
        const next = new Date(y, m - 1, d + 1);
        set.add(localMs(next.getFullYear(), next.getMonth() + 1, next.getDate(), 1, 0));
    }
    // Autumn's repeated hour, both times round (01:30 UTC is 02:30 CET, after 02:30 CEST).
    for (const utc of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2027-10-31T00:30:00Z',
                       '2027-10-31T01:30:00Z', '2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z'])
        set.add(Date.parse(utc));
    return [...set].sort((a, b) => a - b);
}

function reference(rule, place, times) {
    let oh;
    try {
        oh = new OpeningHours(rule, place);
    } catch (e) {
        return 'error: ' + String(e).split('\n')[0];
    }
    return times.map((ms) => {
        const t = new Date(ms);
        return oh.getState(t) ? 'o' : oh.getUnknown(t) ? 'u' : 'c';
    }).join('');
}

// Where opening_hours.js 3.15.0 is wrong and the kiosk right, each with why: the tests of the
// kiosk's own answers there are in tests/unit/test_opening_hours.cpp.
const knownReferenceErrors = [{
    why: 'after the spring clock change, opening_hours.js carries the past-midnight part of a ' +
         "span one day too far: Saturday's 22:00-02:00 is open on Monday 00:00-01:00 (the 23-hour " +
         "Sunday), and Sunday's is not",
    applies: (rule, ms) => {
        const t = new Date(ms), sunday = new Date(t.getFullYear(), t.getMonth(), t.getDate() - 1);
        const springSunday = sunday.getMonth() === 2 && sunday.getDay() === 0 && sunday.getDate() > 24;
        return springSunday && t.getHours() === 0 &&
               [...rule.matchAll(/(\d\d):\d\d-(\d\d):\d\d/g)].some((m) => m[2] < m[1]);
    },
}];

function paris(ms) {
    return new Date(ms).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }) + ' Paris';
}

function main() {
    const binary = process.argv[2];
    const rules = [...new Set([...baseRules(), ...generatedRules()])];
    const cases = [];
    for (const rule of rules) { // Alsace-Moselle's calendar differs only where a rule names PH
        cases.push(['75', rule]);
        if (rule.includes('PH')) cases.push(['67', rule]);
    }
    const times = instants();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hours-'));
    const file = path.join(dir, 'cases.txt');
    fs.writeFileSync(file, times.join(' ') + '\n' + cases.map(([r, rule]) => `${r}\t${rule}`).join('\n') + '\n');
    const kiosk = execFileSync(binary, [file], { maxBuffer: 1 << 30 }).toString().split('\n');
    fs.rmSync(dir, { recursive: true });
    let disagreements = 0, rulesWrong = 0;
    const names = { o: 'open', c: 'closed', u: 'unknown' };
    cases.forEach(([region, rule], i) => {
        const ours = kiosk[i], theirs = reference(rule, places[region], times);
        if (ours === theirs) return;
        if (ours.startsWith('error') || theirs.startsWith('error')) {
            ++disagreements, ++rulesWrong;
            console.log(`[${region}] ${rule}\n    kiosk: ${ours.slice(0, 200)}\n    opening_hours.js: ${theirs.slice(0, 200)}`);
            return;
        }
        const at = [];
        for (let k = 0; k < times.length; ++k) {
            if (ours[k] === theirs[k]) continue;
            const known = knownReferenceErrors.find((e) => e.applies(rule, times[k]));
            if (known) known.seen = (known.seen || 0) + 1;
            else at.push(k);
        }
        if (at.length === 0) return;
        disagreements += at.length, ++rulesWrong;
        console.log(`[${region}] ${rule}: ${at.length} instants differ`);
        for (const k of at.slice(0, 5))
            console.log(`    ${paris(times[k])}: kiosk ${names[ours[k]]}, opening_hours.js ${names[theirs[k]]}`);
    });
    for (const e of knownReferenceErrors)
        if (e.seen) console.log(`${e.seen} instants where opening_hours.js is known wrong: ${e.why}`);
    console.log(`${cases.length} (rule, place) pairs x ${times.length} instants = ${cases.length * times.length} ` +
                `checks; ${disagreements} disagreements in ${rulesWrong} pairs`);
    process.exit(disagreements === 0 ? 0 : 1);
}

main();
