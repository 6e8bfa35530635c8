package vn.provinceplans.extract.facts;

/**
 * A public index the document's own text names (SIPAS, PAPI, PCI, PAR_INDEX, DTI, ICT_INDEX, PGI, DDCI), by acronym
 * or by its full Vietnamese name; one per document and index.
 *
 * @param indexName vocabulary index_name
 * @param context   the sentence of the first mention
 * @param mentions  how many times the document names it
 */
public record IndexMention(String indexName, String context, int mentions) {
}
