import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { UNICODE_TEST } from '../table-schemas.js';
import { seededRandom } from './seeded-random.js';

/** [phrase, language]: greetings and "data visualisation" in many scripts and directions. */
const PHRASES: readonly (readonly [string, string])[] = [
  ['你好，世界', 'Chinese (Simplified)'],
  ['数据可视化', 'Chinese (Simplified)'],
  ['數據視覺化', 'Chinese (Traditional)'],
  ['こんにちは世界', 'Japanese'],
  ['データの可視化', 'Japanese'],
  ['안녕하세요 세계', 'Korean'],
  ['데이터 시각화', 'Korean'],
  ['مرحبا بالعالم', 'Arabic'],
  ['تصور البيانات', 'Arabic'],
  ['سلام دنیا', 'Persian'],
  ['שלום עולם', 'Hebrew'],
  ['הדמיית נתונים', 'Hebrew'],
  ['नमस्ते दुनिया', 'Hindi'],
  ['डेटा विज़ुअलाइज़ेशन', 'Hindi'],
  ['ওহে বিশ্ব', 'Bengali'],
  ['வணக்கம் உலகம்', 'Tamil'],
  ['ආයුබෝවන් ලෝකය', 'Sinhala'],
  ['สวัสดีชาวโลก', 'Thai'],
  ['การแสดงข้อมูล', 'Thai'],
  ['សួស្តីពិភពលោក', 'Khmer'],
  ['မင်္ဂလာပါ ကမ္ဘာလောက', 'Burmese'],
  ['Привет, мир', 'Russian'],
  ['Визуализация данных', 'Russian'],
  ['Привіт, світе', 'Ukrainian'],
  ['Γειά σου Κόσμε', 'Greek'],
  ['Οπτικοποίηση δεδομένων', 'Greek'],
  ['გამარჯობა მსოფლიო', 'Georgian'],
  ['Բարեւ աշխարհ', 'Armenian'],
  ['ሰላም ዓለም', 'Amharic'],
  ['Xin chào thế giới', 'Vietnamese'],
  ['Merhaba dünya, çok güzel', 'Turkish'],
  ['Zażółć gęślą jaźń', 'Polish'],
  ['Příliš žluťoučký kůň', 'Czech'],
  ['Größenverhältnisse ändern', 'German'],
  ['Déjà vu, ça va ?', 'French'],
  ['¡Hola, mundo! ¿Qué tal?', 'Spanish'],
  ['Olá, mundo', 'Portuguese'],
  ['Hej världen, så här', 'Swedish'],
  ['📊📈📉 🚀✨', 'Emoji'],
  ['👋🌍 👩‍💻🎉', 'Emoji'],
  ['∑ ∫ √ ∞ ≠ ≤ π', 'Mathematical symbols'],
  ['Data 数据 データ 데이터 بيانات', 'Mixed scripts'],
];

const DAYS = 30;
const FIRST_DAY = Date.UTC(2025, 0, 1);

function* unicodeRows(): Generator<ExampleCell[]> {
  const random = seededRandom('unicode_test');
  for (const [phrase, language] of PHRASES) {
    for (let day = 0; day < DAYS; day += 1) {
      yield [phrase, language, new Date(FIRST_DAY + day * 86_400_000), random.int(1, 100)];
    }
  }
}

/** Each phrase on 30 consecutive days of January 2025 with a value: text rendering in charts. */
export const UNICODE_TEST_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: UNICODE_TEST,
  version: 1,
  rowCount: PHRASES.length * DAYS,
  rows: unicodeRows,
};
