/** Small runnable programs showing how to embed Annalist; the README quotes them. */
package org.annalist.examples;
