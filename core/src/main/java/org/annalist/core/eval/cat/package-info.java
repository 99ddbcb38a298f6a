/**
 * CAT XML, the stand-off format of the CAT annotation tool (FBK) in which the NewsReader corpora
 * are distributed: SemEval-2015 Task 4 ({@code core.eval.semeval}) and MEANTIME ({@code
 * core.eval.meantime}). {@link org.annalist.core.eval.cat.CatReader} reads a document's {@code
 * <token>} elements into a {@link org.annalist.core.eval.cat.CatDocument}: the plain text rebuilt
 * from the tokens, one sentence a line, with every {@link org.annalist.core.eval.cat.CatToken}'s
 * offsets in it, and the {@link org.annalist.core.eval.cat.CatEntityMention}s of its {@code
 * <Markables>}, typed through the {@code REFERS_TO} relations that link them to their entity
 * instances. Other markables and relations (events, time expressions, links) are not read.
 */
package org.annalist.core.eval.cat;
