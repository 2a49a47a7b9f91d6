// Migration 4: 1-2 character prefix search moves into the trigram index: name and company are indexed behind
// two char(2) marks, so "王" is the trigram char(2,2)||'王' whose rowid-ordered posting list stops
// at LIMIT. The b-tree prefix ranges had to collect and sort every match (70k for 王 in 1M).
export const sql = `
  DROP INDEX contacts_name;
  DROP INDEX contacts_company;
  INSERT INTO contact_search(contact_search) VALUES ('delete-all');
  INSERT INTO contact_search(rowid, name, company, phones)
    SELECT c.id, char(2, 2) || c.name, char(2, 2) || c.company,
      (SELECT group_concat(p.national || CASE WHEN p.kind = 'landline' THEN ' 0' || p.national ELSE '' END, ' ')
         FROM contact_phones p WHERE p.contact_id = c.id)
    FROM contacts c;
  `;
