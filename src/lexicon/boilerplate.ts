/**
 * Lines a scraper brings back from around an article: widgets, buttons and captions, not news. A line
 * that is exactly one of these (ignoring case, punctuation and a count such as "Comments (12)") is
 * off-topic.
 */
export const BOILERPLATE_LINES: readonly string[] = [
  'comments', 'comment', 'share', 'share this', 'share this article', 'share on facebook', 'share on twitter',
  'tweet', 'email', 'print', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'read more',
  'read also', 'see also', 'related', 'related articles', 'related stories', 'more stories', 'subscribe',
  'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'register', 'follow us', 'click here',
  'next article', 'previous article', 'next', 'previous', 'back to top', 'top stories', 'most read',
  'most popular', 'trending', 'newsletter', 'all rights reserved', 'cookie policy', 'privacy policy',
  'terms of use', 'loading', 'video', 'photo', 'image', 'gallery', 'show comments', 'hide comments',
  'leave a comment', 'add comment', 'reply', 'like', 'skip to content', 'menu', 'home', 'watch',
  'listen to this article', 'topics', 'our standards the thomson reuters trust principles',
  'this material may not be published broadcast rewritten or redistributed', 'story continues below advertisement',
  'continue reading the main story', 'continue reading', 'supported by', 'share page', 'copy link', 'about sharing',
  'more on this story', 'media caption', 'file photo', 'getty images', 'reuters', 'afp', 'ap', 'associated press',
  'save', 'print this page', 'enlarge this image', 'toggle caption', 'hide caption', 'skip to main content',
];

/** Openings of promotional lines ("Read more: ...", "Follow us on Twitter ..."), off-topic when the line is short. */
export const BOILERPLATE_LEADS: readonly string[] = [
  'read more', 'read also', 'also read', 'see also', 'related', 'follow us', 'subscribe to', 'sign up for',
  'click here', 'copyright', '©', 'all rights reserved', 'share this', 'join our', 'download our app',
  'get the latest', 'watch:', 'photo:', 'image:', 'video:', 'advertisement', 'image copyright', 'image caption',
  'image source', 'photo credit', 'reporting by', 'additional reporting by', 'editing by', 'sign up to', 'credit:',
  'credit...', 'follow @', 'media caption',
];

/**
 * Openings of a sentence that goes on from the one before (a pronoun for the story's subject): such a
 * sentence is on topic when the one before it is.
 */
export const CONTINUATION_LEADS: readonly string[] = [
  'it', 'its', 'they', 'their', 'them', 'he', 'his', 'she', 'her', 'this', 'these', 'those', 'that',
  'there', 'the same', 'also', 'both', 'all of them', 'none of them', 'some of them', 'meanwhile',
];

/**
 * Words of a timestamp line ("Published: Thursday, May 2, 2013, 1:32 PM EDT", "Updated 05/03/2013 at
 * 11:00 AM", "Sat Nov 12 2011, 01:19 hrs"): a line made only of these and figures dates the page and reports nothing of the story.
 * Month and weekday names come from the time lexicon.
 */
export const TIMESTAMP_WORDS: readonly string[] = [
  'published', 'first published', 'originally published', 'last updated', 'updated', 'posted', 'modified',
  'last modified', 'edited', 'last edited', 'created', 'date', 'time', 'on', 'at', 'by', 'and', 'am', 'pm',
  'a m', 'p m', 'st', 'nd', 'rd', 'th', 'gmt', 'utc', 'et', 'edt', 'est', 'ct', 'cdt', 'cst', 'mt', 'mdt', 'mst',
  'pt', 'pdt', 'pst', 'bst', 'cet', 'cest', 'ist', 'aest', 'local time', 'hrs',
  // Weekdays as page stamps shorten them ("Posted on Thu Jun 13, 2013 08:45 AM PDT"); only beside figures.
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/**
 * News agencies and outlets that datelines and credits name ("MOSCOW, Aug 23 (Reuters) -"): every report
 * they file names them, so they tell nothing of the event. Lower case, as folded words.
 */
export const NEWS_OUTLETS: readonly string[] = [
  'reuters', 'ap', 'afp', 'associated press', 'agence france-presse', 'tass', 'ria', 'ria novosti', 'interfax',
  'xinhua', 'bloomberg', 'upi', 'dpa', 'efe', 'ansa', 'anadolu', 'sputnik', 'bbc', 'cnn',
];
