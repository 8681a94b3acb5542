package no.ambisjon.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** An administration page's title, what the page is for, and its main actions at the right. */
final class PageHeader extends Div {

    PageHeader(String title, String intro, Component... actions) {
        addClassName("admin-header");
        var text = new Div(new H1(title), new Paragraph(intro));
        text.addClassName("admin-header-text");
        var tools = new Div(actions);
        tools.addClassName("admin-header-tools");
        add(text, tools);
    }
}
