-- A meeting's attendees text holds the names of the attendees with a login and of the guests (up to
-- 500 characters of their own); a meeting with many people outgrew 1000 characters.
ALTER TABLE meeting ALTER COLUMN attendees SET DATA TYPE VARCHAR(4000);
ALTER TABLE minutes ALTER COLUMN attendees SET DATA TYPE VARCHAR(4000);
