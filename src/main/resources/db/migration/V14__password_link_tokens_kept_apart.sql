-- The token of a link to set a password is kept out of a mail's stored text: the bodies hold
-- {{link-token}} in its place, and the token waits in link_token until the mail is sent (or given
-- up), when it is cleared. Mails written before this move their token here the same way; those
-- already sent or given up lose it. A token is always 43 characters (256 bits in URL-safe Base64).
ALTER TABLE outgoing_mail ADD COLUMN link_token VARCHAR(100);

UPDATE outgoing_mail
SET link_token = SUBSTRING(text_body FROM POSITION('/set-password?token=' IN text_body) + 20 FOR 43)
WHERE kind IN ('INVITATION', 'PASSWORD_LINK') AND POSITION('/set-password?token=' IN text_body) > 0;

UPDATE outgoing_mail
SET text_body = REPLACE(text_body, link_token, '{{link-token}}'),
    html_body = REPLACE(html_body, link_token, '{{link-token}}')
WHERE link_token IS NOT NULL;

UPDATE outgoing_mail SET link_token = NULL WHERE status IN ('SENT', 'FAILED');
