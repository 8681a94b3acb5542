package no.ambisjon.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;

/**
 * Before any application service runs, and before it checks the caller's role, a paired screen
 * ({@link ScreenReads}) and the application reading on a user's behalf ({@link ReadsOnBehalf}) are
 * refused anything but a read-only method, and the sign-in is
 * compared with the account as it is now ({@link AccessCheck}): a lowered role, a deactivated
 * account or customer, another password or a session past its lifetime is refused, and a raised
 * role counts at once. No service can forget it, and a screen kept open (live updates included)
 * never acts on rights its user no longer has.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccessAdvisor {

    /** Just inside the conflict translation, outside method security and the transaction. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor servicesActOnCurrentAccess(ObjectProvider<AccessCheck> check) {
        var services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection(type -> type.getPackageName().startsWith("no.ambisjon."));
        var transactions = new AnnotationTransactionAttributeSource();
        MethodInterceptor current = invocation -> {
            var context = SecurityContextHolder.getContext();
            if (context.getAuthentication() != null && readsOnly(context.getAuthentication().getPrincipal())) {
                var target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                        : AopUtils.getTargetClass(invocation.getThis());
                var transaction = transactions.getTransactionAttribute(invocation.getMethod(), target);
                if (transaction == null || !transaction.isReadOnly()) {
                    throw new AccessDeniedException("A meeting-room screen, or the application on a user's behalf, only reads");
                }
            }
            switch (check.getObject().check(context.getAuthentication())) {
                case AccessCheck.Gone gone -> throw new AccessEndedException(gone.why());
                case AccessCheck.Refreshed refreshed -> context.setAuthentication(refreshed.authentication());
                case null, default -> {
                }
            }
            return invocation.proceed();
        };
        var advisor = new DefaultPointcutAdvisor(services, current);
        advisor.setOrder(ORDER);
        return advisor;
    }

    private static boolean readsOnly(Object principal) {
        return principal instanceof ScreenReads.ScreenPrincipal
                || principal instanceof AccountPrincipal account && account.onBehalf();
    }
}
