/** What one locale is: its fixed strings and its typography, as data. */

export interface Labels {
  summaryTitle: string;
  correctionLabel: string;
  pollLoad: string;
  pollRemember: string;
  pollRevoke: string;
  pollNotice: string;
  pollPrivacyLink: string;
  pollFallback: string;
  pollNotShown: string;
  pollExampleNote: string;
  trustAlt: string;
  trustText: string;
  trustLink: string;
  /** An update's time line; `{time}` is {@link Labels.updateTime} filled in. */
  updateLabel: string;
  /**
   * The time line on a page whose updates span several days; `{time}` is
   * {@link Labels.updateDateTime} filled in.
   */
  updateLabelDated: string;
  /** `{date}`: the long date (`19. Juni 2024`); `{time}`: {@link Labels.updateTime}. */
  updateDateTime: string;
  /**
   * A time of day: `{HH}` 24-hour, two digits; `{h}` 12-hour; `{mm}` minutes;
   * `{ampm}` {@link Labels.updateAm} or {@link Labels.updatePm}.
   */
  updateTime: string;
  updateAm: string;
  updatePm: string;
  /** The title of a summary's list of the newest updates. */
  latestUpdatesTitle: string;
  /** astro-newsroom's `ArticleLayout`: before the byline's names. */
  articleBy: string;
  /** `ArticleLayout`: before the publication date. */
  articlePublished: string;
  /** `ArticleLayout`: before the date of the last change and of each update note. */
  articleUpdated: string;
  /** `ArticleLayout`: before the agency credit. */
  articleSource: string;
  /** `ArticleLayout`: the name of the list of update notes. */
  articleUpdates: string;
}

/** A pair of quote marks: opening, closing. */
export type QuotePair = readonly [open: string, close: string];

export interface TypographyRules {
  /** Outer quotes „…“ and inner quotes ‚…‘; nesting alternates between them. */
  quotes: { outer: QuotePair; inner: QuotePair };
  /**
   * The space inside quote marks: `'\u202F'` (French « … »), or `''` for none.
   * A space the author typed there becomes this one; with `''` it is kept.
   */
  quoteSpace: string;
  /**
   * The space before high punctuation (`;`, `:`, `?`, `!`): French puts a
   * no-break space there. `insert`: add it where the author wrote none.
   * A typed space before the mark always becomes the no-break one, so the mark
   * never wraps to the next line alone.
   */
  spaceBefore: Partial<Record<';' | ':' | '?' | '!', string>>;
  insertSpaceBefore: boolean;
  /** A hyphen with a space on each side between words is a dash: ` - ` → ` – ` (German Gedankenstrich). */
  spacedHyphenIsDash: boolean;
}

export interface LocaleDefinition {
  labels: Labels;
  typography: TypographyRules;
}
