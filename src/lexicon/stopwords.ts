/**
 * Function words that carry no topic: dropped before words are compared. Based on natural's English
 * list, without the negations ("no", "not", "never"), which change what a sentence says, and with the
 * reporting verbs of news ("said", "told", "reported") that every sentence of an article may carry.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are', 'as',
  'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can',
  'cannot', 'could', 'did', 'do', 'does', 'doing', 'during', 'each', 'few', 'for', 'from', 'further',
  'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'much', 'must', 'my',
  'myself', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over',
  'own', 'said', 'same', 'say', 'says', 'she', 'should', 'since', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those',
  'through', 'to', 'told', 'too', 'under', 'until', 'up', 'us', 'very', 'was', 'we', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'would', 'you', 'your',
  'yours', 'yourself', 's', 't', 'd', 'll', 're', 've', 'm', 'according', 'also', 'per', 'via', 'may',
  'might', 'shall', 'upon', 'yet', 'whether', 'within', 'without', 'across', 'along', 'around', 'among',
  'amid', 'toward', 'towards', 'onto', 'behind', 'beyond', 'near', 'even', 'ever', 'still', 'though',
  'although', 'however', 'whereas', 'there', 'thus', 'hence', 'it', 'mr', 'mrs', 'ms', 'dr',
  // Who reports, not what: "media reported that..." opens sentences about anything.
  'reported', 'media',
];
