package jp.jobcoach.workbench.render;

import com.atlassian.velocity.htmlsafe.HtmlFragment;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Confluence 9's method allowlist for templates: methods of the JDK's value and collection types may be called;
 * a method of any other class only if a {@code <velocity-allowlist>} module names it as
 * {@code fully.qualified.Class#name(param.Types)} (the declaring class). {@code getClass}, {@code wait} and
 * {@code notify*} are refused everywhere. A refused call fails the render, naming the entry it lacks.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    static final String ALLOWLIST = AllowlistUberspect.class.getName() + ".allowlist";
    private static final List<Class<?>> JDK_VALUE_TYPES = List.of(CharSequence.class, Number.class, Boolean.class,
            Character.class, Collection.class, Map.class, Map.Entry.class, Iterator.class, HtmlFragment.class);
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll");
    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        Object entries = services.getApplicationAttribute(ALLOWLIST);
        allowlist = entries == null ? Set.of() : (Set<String>) entries;
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info where) throws Exception {
        if (target == null) {
            return null;
        }
        if (NEVER.contains(name)) {
            throw refused(target.getClass().getName() + "#" + name + "()", where);
        }
        if (!isJdkValue(target)) {
            Method method = introspector.getMethod(target.getClass(), name, args);
            if (method != null) {
                requireAllowed(method, where);
            }
        }
        return super.getMethod(target, name, args, where);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String property, Info where) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, property, where);
        if (getter != null && !isJdkValue(target)) {
            requireAllowed(readMethod(target.getClass(), getter.getMethodName()), where);
        }
        return getter;
    }

    private static boolean isJdkValue(Object target) {
        return JDK_VALUE_TYPES.stream().anyMatch(type -> type.isInstance(target));
    }

    /** A bean getter ({@code getX()}, {@code isX()}) or a generic {@code get(String)}. */
    private static Method readMethod(Class<?> type, String name) throws NoSuchMethodException {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException noGetter) {
            return type.getMethod(name, String.class);
        }
    }

    private void requireAllowed(Method method, Info where) {
        String entry = method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
        if (!allowlist.contains(entry)) {
            throw refused(entry, where);
        }
    }

    private static VelocityException refused(String entry, Info where) {
        return new VelocityException("Confluence 9+ refuses the template call " + entry + " at " + where
                + ": it is not in a <velocity-allowlist> module of atlassian-plugin.xml");
    }
}
