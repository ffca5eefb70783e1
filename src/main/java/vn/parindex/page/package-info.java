/**
 * The frame every page shares (language, texts, signed-in user, navigation, demo banner, CSRF
 * token) and the pages' one template engine: templates under {@code src/main/jte}, turned into Java
 * classes at build time in the package of the feature they show, rendered by {@link CompiledPages}.
 * Forms bind through {@link Form} (values as typed, a message beside each field).
 */
package vn.parindex.page;
