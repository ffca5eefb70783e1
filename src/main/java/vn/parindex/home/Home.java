package vn.parindex.home;

import java.util.List;

/** The home page of one person: whom it greets, the day, and the blocks of their roles. */
record Home(String name, String today, List<Section> sections) {}
