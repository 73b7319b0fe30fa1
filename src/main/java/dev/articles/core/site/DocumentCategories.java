package dev.articles.core.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A document's categories as Jekyll 4.3.1 merges them ({@code Document#merge_categories!} and
 * {@code populate_categories}), since they become its {@code :categories}: those of its folders first, then those
 * of its front matter defaults and of its front matter, each added once. A {@code categories} text is split at
 * white space ({@code categories: Web Dev} is two categories), a list is taken item by item, and a singular
 * {@code category} is one category however many words it has.
 */
public final class DocumentCategories {
    private DocumentCategories() {
    }

    /**
     * @param fromPath {@link DocumentPath#categoriesFromPath()}
     * @param defaultsCategories the {@code categories} value the front matter defaults give (plain: text, list or
     *     {@code null})
     * @param frontMatterCategories the front matter's own {@code categories} value
     * @param category the {@code category} value: the front matter's, else the defaults'; {@code null} when neither
     */
    public static List<String> of(List<String> fromPath, Object defaultsCategories, Object frontMatterCategories,
            Object category) {
        Set<String> merged = new LinkedHashSet<>(fromPath);
        merged.addAll(items(defaultsCategories, true));
        merged.addAll(items(frontMatterCategories, true));
        if (category != null) {
            merged.addAll(items(category, false));
        }
        return List.copyOf(merged);
    }

    private static List<String> items(Object value, boolean split) {
        List<String> items = new ArrayList<>();
        if (value instanceof String text) {
            items.addAll(split ? RubyText.splitWords(text) : List.of(text));
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    items.add(item.toString());
                }
            }
        }
        return items;
    }
}
