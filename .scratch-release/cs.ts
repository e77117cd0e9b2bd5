import { stringify } from 'csv-stringify/sync'
const out = stringify([['a', 'b'], ['x\ny', 'q"z'], ['a,b', ''], [' lead', 'x\ry'], ['=1+2', '中文，逗号']], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })
console.log(JSON.stringify(out))
