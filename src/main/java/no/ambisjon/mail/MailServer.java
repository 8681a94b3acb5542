package no.ambisjon.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import no.ambisjon.mail.domain.OutgoingMail;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The SMTP server of {@link MailSettings.Smtp}, when one is configured. */
@Component
class MailServer {

    private static final String TIMEOUT_MS = "15000";

    private final MailSettings settings;
    private final Optional<JavaMailSenderImpl> sender;

    MailServer(MailSettings settings) {
        this.settings = settings;
        this.sender = settings.smtp().configured() ? Optional.of(sender(settings.smtp())) : Optional.empty();
    }

    boolean configured() {
        return sender.isPresent();
    }

    /**
     * Hands the mail to the server, as text and HTML alternatives with its attachment.
     *
     * @throws org.springframework.mail.MailException when the server refuses it or cannot be reached
     */
    void send(OutgoingMail mail) {
        var server = sender.orElseThrow(() -> new IllegalStateException("No mail server is configured"));
        var message = server.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(settings.from(), false));
            helper.setTo(new InternetAddress(mail.getRecipient(), mail.getRecipientName(), StandardCharsets.UTF_8.name()));
            helper.setSubject(mail.getSubject());
            helper.setText(mail.textToSend(), mail.htmlToSend());
            if (mail.getAttachment() != null) {
                helper.addAttachment(mail.getAttachmentName(), new ByteArrayResource(mail.getAttachment()),
                        "application/pdf");
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
        server.send(message);
    }

    private static JavaMailSenderImpl sender(MailSettings.Smtp smtp) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host().strip());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        var properties = new Properties();
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
            properties.put("mail.smtp.auth", "true");
        }
        switch (smtp.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> {
            }
        }
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
