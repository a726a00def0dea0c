/** How to split sources/seeds/002_72816f43daeceac8.txt (csh-recommendations-2005), and the document's front matter. */
import type { DocLayout } from '../layout.js';

export const cshRecommendations2005: DocLayout = {
  file: '002_72816f43daeceac8.txt',
  meta: {
    id: 'csh-recommendations-2005',
    title: 'Summary of the recommendations received from OAS bodies for a plan of action against transnational organized crime',
    date: '2005',
    author: 'csh',
    status: 'circulated-draft',
    genre: 'recommendations',
    source:
      "sources/seeds/002_72816f43daeceac8.txt (vendored copy of shared/seeds). Seeds README: Committee on Hemispheric Security: summary of the recommendations received from OAS bodies, 70 numbered recommendations under I (A-F), II and III; 2005-2006; summary / input.",
    notes: ['The seeds README dates this summary 2005-2006; `date` records the earlier year. The title is descriptive: the text prints none.'],
  },
  titleLines: [],
  root: { slug: 'intro', type: 'introduction' },
  headings: [
    { line: 'I.  RecomMENDATIONS TO MEMBER STATES', level: 1, type: 'recommendation', addressees: ['member-states'] },
    { line: 'A. General recommendations for combating transnational organized crime:', level: 2, type: 'recommendation' },
    { line: 'B. Recommendations for combating transnational organized crime with regard to mutual legal assistance in criminal matters and extradition:', level: 2, type: 'recommendation' },
    { line: 'C. Recommendations in the area of cybercrime:', level: 2, type: 'recommendation' },
    { line: 'D. Recommendations with regard to corruption:', level: 2, type: 'recommendation' },
    { line: 'E. Recommendations with regard to trafficking in persons, especially women and children:', level: 2, type: 'recommendation' },
    { line: 'F. Recommendation with regard to penitentiary and prison policies:', level: 2, type: 'recommendation' },
    { line: 'II. RecomMendaTIONS TO THE COMMITTEE ON hEMISPHERIC SECURITY', level: 1, type: 'recommendation', addressees: ['csh'] },
    { line: 'III.  RecoMMENDATIONS TO THE General SECRETARIAT', level: 1, type: 'recommendation', addressees: ['general-secretariat'] },
  ],
  marks: [],
  joins: ['It is also recommended that member states complete'],
};
