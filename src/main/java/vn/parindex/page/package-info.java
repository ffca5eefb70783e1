/**
 * The frame every page shares (language, texts, signed-in user, navigation, demo banner, CSRF
 * token) and the compiled pages: templates under {@code src/main/jte}, turned into Java classes at
 * build time in the package of the feature they show, rendered by {@link CompiledPages}. The
 * busiest pages are compiled; the others are Thymeleaf templates, whose head and header come from
 * the same compiled layout through {@link PageLayout}.
 */
package vn.parindex.page;
