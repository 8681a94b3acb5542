package no.ambisjon.base.domain;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.hibernate.StaleStateException;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import no.ambisjon.base.ConcurrentEditException;

/**
 * Every application service answers a lost race the same way: someone saved the same thing first
 * (a version that moved on, found at once or only at commit) or holds it right now (a lock that
 * timed out) becomes a {@link ConcurrentEditException}, which the screens show as a conflict. It
 * wraps the transaction, so that conflicts found while committing are answered the same way.
 */
@Configuration(proxyBeanMethods = false)
class ConflictTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictsBecomeConcurrentEdits() {
        var services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection(type -> type.getPackageName().startsWith("no.ambisjon."));
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException | OptimisticLockException
                     | PessimisticLockException | StaleStateException e) {
                throw new ConcurrentEditException(e);
            }
        };
        var advisor = new DefaultPointcutAdvisor(services, translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
