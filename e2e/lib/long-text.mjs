// A long report of sentences written for the tests, as many bytes as asked:
// one paragraph per claim, each a named person saying a figure, so that the
// number of claims the reader must find is the number of paragraphs.
//
//   longReport(bytes)  { text, paragraphs }: at least `bytes` bytes of UTF-8

const FIRST = ['Maria', 'Tomas', 'Aisha', 'Lukas', 'Nadia', 'Pedro', 'Grace', 'Ivan', 'Leila', 'Oscar', 'Ruth', 'Samir'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Petrov', 'Nakamura', 'Abebe', 'Kowalski', 'Duarte', 'Fischer', 'Mensah'];
const ROLES = ['harbour master', 'union organiser', 'school principal', 'county engineer', 'ward nurse', 'ferry captain'];
const TOWNS = ['Port Alder', 'Kessingham', 'Marrow Bay', 'Oldfield', 'Tenby Cross', 'Westmere', 'Lowick'];
const THINGS = ['boats', 'classrooms', 'bridges', 'beds', 'buses', 'wells', 'homes'];
const STATES = ['out of use', 'closed', 'damaged', 'waiting for repairs', 'under inspection'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function longReport(bytes) {
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const pick = (list, k) => list[Math.floor(i / k) % list.length];
    const p = `${pick(FIRST, 1)} ${pick(LAST, 3)}, a ${pick(ROLES, 1)} in ${pick(TOWNS, 5)}, said ${12 + (i % 89)} ${pick(THINGS, 2)} were ${pick(STATES, 7)} on ${pick(DAYS, 11)}.`;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return { text: paragraphs.join('\n\n'), paragraphs: paragraphs.length };
}
