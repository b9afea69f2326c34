/**
 * Arabic for the Decap CMS phrases a journalist meets while writing and
 * proposing an article. Decap ships no Arabic locale; it merges a registered
 * locale over English (decap-cms-core's getPhrases), so a phrase missing here
 * shows in English rather than breaking. Keys follow decap-cms-locales' `en`.
 */
export type Phrases = { [key: string]: string | Phrases };

export const ARABIC_PHRASES: Phrases = {
  auth: { login: 'الدخول', loggingIn: 'جارٍ الدخول…', loginWithGitHub: 'الدخول بحساب GitHub' },
  app: {
    header: { content: 'المحتوى', workflow: 'المراجعة', media: 'الوسائط', quickAdd: 'إضافة سريعة' },
    app: {
      errorHeader: 'تعذّر تحميل إعدادات المحرر',
      configErrors: 'أخطاء الإعدادات',
      loadingConfig: 'جارٍ تحميل الإعدادات…',
      waitingBackend: 'في انتظار الخادم…',
    },
    notFoundPage: { header: 'غير موجود' },
  },
  collection: {
    sidebar: { collections: 'الأقسام', allCollections: 'كل الأقسام', searchAll: 'ابحث في الكل', searchIn: 'ابحث في' },
    collectionTop: {
      sortBy: 'رتّب حسب',
      viewAs: 'اعرض',
      newButton: '+ %{collectionLabel}',
      newButtonAriaLabel: 'أنشئ %{collectionLabel}',
      ascending: 'تصاعدي',
      descending: 'تنازلي',
    },
    entries: { loadingEntries: 'جارٍ تحميل الملفات…', noEntries: 'لا ملفات', unpublishedHeader: 'غير منشور' },
  },
  editor: {
    editorControl: { field: { optional: 'اختياري' } },
    editorControlPane: {
      widget: {
        required: 'حقل «%{fieldLabel}» مطلوب.',
        regexPattern: 'حقل «%{fieldLabel}» لا يطابق الصيغة المطلوبة.',
      },
    },
    editor: {
      onLeavePage: 'هل تريد مغادرة الصفحة؟ التغييرات غير المحفوظة ستضيع.',
      onUpdatingWithUnsavedChanges: 'لديك تغييرات غير محفوظة: احفظ قبل تغيير الحالة.',
      onPublishingNotReady: 'اجعل الحالة «جاهز» قبل النشر.',
      onPublishingWithUnsavedChanges: 'لديك تغييرات غير محفوظة: احفظ قبل النشر.',
      onPublishing: 'هل تريد نشر هذا الملف؟',
      loadingEntry: 'جارٍ تحميل الملف…',
    },
    editorToolbar: {
      publishing: 'جارٍ النشر…',
      publish: 'انشر',
      published: 'منشور',
      saving: 'جارٍ الحفظ…',
      save: 'احفظ',
      deleting: 'جارٍ الحذف…',
      updating: 'جارٍ التحديث…',
      status: 'الحالة: %{status}',
      backCollection: ' تكتب في قسم %{collectionLabel}',
      unsavedChanges: 'تغييرات غير محفوظة',
      changesSaved: 'حُفظت التغييرات',
      draft: 'مسودة',
      inReview: 'قيد المراجعة',
      ready: 'جاهز',
      publishNow: 'انشر الآن',
      deleteUnpublishedEntry: 'احذف الملف غير المنشور',
      deleteUnpublishedChanges: 'احذف التغييرات غير المنشورة',
    },
    editorWidgets: {
      markdown: {
        bold: 'عريض',
        italic: 'مائل',
        link: 'رابط',
        linkPrompt: 'أدخل عنوان الرابط',
        headings: 'عناوين',
        quote: 'اقتباس',
        bulletedList: 'قائمة نقطية',
        numberedList: 'قائمة مرقمة',
        richText: 'نص منسق',
        markdown: 'Markdown',
      },
      datetime: { now: 'الآن', clear: 'امسح' },
      list: { add: 'أضف %{item}', addType: 'أضف %{item}' },
      object: { expand: 'وسّع', collapse: 'اطوِ' },
    },
  },
  workflow: {
    workflow: {
      loading: 'جارٍ تحميل المراجعة…',
      workflowHeading: 'مسار المراجعة',
      newPost: 'ملف جديد',
      description: '%{smart_count} ملف ينتظر المراجعة، و%{readyCount} جاهز للنشر.',
    },
    workflowList: { draftHeader: 'مسودات', inReviewHeader: 'قيد المراجعة', readyHeader: 'جاهز' },
  },
  ui: {
    default: { goBackToSite: 'العودة إلى الموقع' },
    settingsDropdown: { logOut: 'الخروج' },
    toast: {
      missingRequiredField: 'بقي حقل مطلوب فارغاً: أكمله قبل الحفظ.',
      entrySaved: 'حُفظ الملف',
      entryPublished: 'نُشر الملف',
      entryUpdated: 'تغيّرت الحالة',
      onFailToPersist: 'تعذّر الحفظ: %{details}',
      onFailToPublishEntry: 'تعذّر النشر: %{details}',
    },
  },
};
