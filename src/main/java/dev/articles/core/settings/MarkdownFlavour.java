package dev.articles.core.settings;

/** Which Markdown the articles are written in, so they render as their site would render them. */
public enum MarkdownFlavour {
    /** GitHub-flavoured Markdown (plain content). */
    GFM,
    /**
     * kramdown as Jekyll 4 runs it by default ({@code input: GFM}): attribute lists, extensions, definition lists,
     * abbreviations, smart quotes, kramdown's footnote ids; heading ids made from the heading's text GitHub's way.
     */
    KRAMDOWN,
    /** kramdown with {@code kramdown.input: kramdown}: as {@link #KRAMDOWN}, with kramdown's own heading ids. */
    KRAMDOWN_INPUT
}
