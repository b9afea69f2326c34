/** How the site names and describes itself wherever it is seen from outside. */

/** The site's name, as readers and other sites see it. */
export const SITE_NAME = 'مرصد';

/** The default page description, also the description of the site feed. */
export const SITE_DESCRIPTION = 'مرصد: أرشيف عربي لمسار السلام في ليبيا، يربط الأخبار بالفاعلين والاتفاقات.';

/** Language of the site's own text (BCP 47), for feeds and JSON-LD. */
export const SITE_LANGUAGE = 'ar';

/** Open Graph locale of Arabic pages, and of English articles. */
export const OG_LOCALE = { ar: 'ar_LY', en: 'en_GB' } as const;
