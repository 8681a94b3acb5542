-- A one-time link is either to set a password or, while a name is under attack from many addresses,
-- to sign in from an address the name has not signed in from: the right password there brings a
-- link by mail instead of a session.
ALTER TABLE password_link ADD COLUMN purpose VARCHAR(20) DEFAULT 'PASSWORD' NOT NULL;
