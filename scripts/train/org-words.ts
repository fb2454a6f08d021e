/**
 * Words that end or head organisation names: legal forms of companies ("Siemens AG", "Boeing
 * Co", "Unilever Plc") and the head nouns of institutions ("Labor Department", "Election
 * Commission"). Gloss's own lists, used as gazetteer classes so that a rare company name next to
 * a common suffix shares the suffix's evidence.
 */
export const ORG_SUFFIXES = (
  'Corp Corp. Corporation Inc Inc. Incorporated Ltd Ltd. Limited LLC L.L.C. Plc PLC plc AG SA S.A. ' +
  'NV N.V. GmbH SpA S.p.A. SE AB ASA Oyj BV B.V. KK Co Co. Cos Bhd Tbk Pty Pte LP L.P. NA N.A.'
).split(' ');

export const ORG_HEADS = (
  'Group Holdings Holding Bank Bancorp Airlines Airways Motors Industries Partners Capital Securities ' +
  'Ventures Enterprises Technologies Systems Pharmaceuticals Petroleum Telecom Communications ' +
  'Insurance Trust Foundation Institute University College Association Federation Council ' +
  'Committee Commission Ministry Department Agency Authority Party Front Movement Bureau Board ' +
  'Organisation Organization Exchange Reserve Court Police Army Navy Club Society Union League'
).split(' ');
