declare namespace App {
  interface Locals {
    /** The page kind and "wide" (src/model/site/page-kind.ts), set by the layout middleware for the page frame. */
    etomPage?: string;
  }
}
