-- Owners become people. Objectives, key results and action items get the id of the user who owns
-- them; the owner column keeps a name only for a guest without a login (action items) or a name
-- from before that matched nobody. Frozen minutes keep the name as it was at close and get the id
-- beside it.
--
-- An old free-text owner becomes a user of the customer (its own logins and the consultants
-- assigned to it) when the name is unambiguous: exactly one of them has it as their display name,
-- or, when none has, exactly one has it as their first name (case does not matter). Otherwise the
-- name stays as it was.
ALTER TABLE objective ADD COLUMN owner_id BIGINT REFERENCES user_account (id);
ALTER TABLE key_result ADD COLUMN owner_id BIGINT REFERENCES user_account (id);
ALTER TABLE action_item ADD COLUMN owner_id BIGINT REFERENCES user_account (id);
ALTER TABLE minutes_action ADD COLUMN owner_id BIGINT REFERENCES user_account (id);
-- Minutes now also freeze who owned each key result; those frozen before this have no owner.
ALTER TABLE minutes_line ADD COLUMN owner VARCHAR(200);
ALTER TABLE minutes_line ADD COLUMN owner_id BIGINT REFERENCES user_account (id);

UPDATE objective o SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = o.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = o.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(o.owner))
    HAVING COUNT(*) = 1)
WHERE o.owner IS NOT NULL;
UPDATE objective o SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = o.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = o.customer_id)))
      AND SUBSTRING(LOWER(u.display_name) FROM 1 FOR CHAR_LENGTH(TRIM(o.owner)) + 1) = LOWER(TRIM(o.owner)) || ' '
    HAVING COUNT(*) = 1)
WHERE o.owner IS NOT NULL AND o.owner_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM user_account u
    WHERE (u.customer_id = o.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = o.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(o.owner)));
UPDATE objective SET owner = NULL WHERE owner_id IS NOT NULL;

UPDATE key_result k SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = k.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = k.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(k.owner))
    HAVING COUNT(*) = 1)
WHERE k.owner IS NOT NULL;
UPDATE key_result k SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = k.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = k.customer_id)))
      AND SUBSTRING(LOWER(u.display_name) FROM 1 FOR CHAR_LENGTH(TRIM(k.owner)) + 1) = LOWER(TRIM(k.owner)) || ' '
    HAVING COUNT(*) = 1)
WHERE k.owner IS NOT NULL AND k.owner_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM user_account u
    WHERE (u.customer_id = k.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = k.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(k.owner)));
UPDATE key_result SET owner = NULL WHERE owner_id IS NOT NULL;

UPDATE action_item a SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = a.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = a.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(a.owner))
    HAVING COUNT(*) = 1)
WHERE a.owner IS NOT NULL;
UPDATE action_item a SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = a.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = a.customer_id)))
      AND SUBSTRING(LOWER(u.display_name) FROM 1 FOR CHAR_LENGTH(TRIM(a.owner)) + 1) = LOWER(TRIM(a.owner)) || ' '
    HAVING COUNT(*) = 1)
WHERE a.owner IS NOT NULL AND a.owner_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM user_account u
    WHERE (u.customer_id = a.customer_id OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = a.customer_id)))
      AND LOWER(u.display_name) = LOWER(TRIM(a.owner)));
UPDATE action_item SET owner = NULL WHERE owner_id IS NOT NULL;

UPDATE minutes_action m SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id) OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id))))
      AND LOWER(u.display_name) = LOWER(TRIM(m.owner))
    HAVING COUNT(*) = 1)
WHERE m.owner IS NOT NULL;
UPDATE minutes_action m SET owner_id = (
    SELECT MIN(u.id) FROM user_account u
    WHERE (u.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id) OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id))))
      AND SUBSTRING(LOWER(u.display_name) FROM 1 FOR CHAR_LENGTH(TRIM(m.owner)) + 1) = LOWER(TRIM(m.owner)) || ' '
    HAVING COUNT(*) = 1)
WHERE m.owner IS NOT NULL AND m.owner_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM user_account u
    WHERE (u.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id) OR (u.role = 'CONSULTANT' AND EXISTS (SELECT 1 FROM consultant_assignment s
         WHERE s.consultant_id = u.id AND s.customer_id = (SELECT n.customer_id FROM minutes n WHERE n.id = m.minutes_id))))
      AND LOWER(u.display_name) = LOWER(TRIM(m.owner)));

CREATE INDEX ix_key_result_owner ON key_result (owner_id);
CREATE INDEX ix_action_item_owner ON action_item (owner_id);
