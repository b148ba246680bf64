// A fresh in-memory IndexedDB for every test file (fake-indexeddb implements the spec in Node).
import 'fake-indexeddb/auto';
