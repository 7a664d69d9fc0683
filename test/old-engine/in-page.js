// Helpers that run inside the old browser's page (injected before the page's own scripts): they act
// on <cloudpc-unsubscribe> as a subscriber would, through its open shadow root. A classic script
// in plain ES5-style JavaScript: Chromium 92 runs it as it is, with no build step.
(function () {
  'use strict';

  function host() {
    return document.querySelector('cloudpc-unsubscribe');
  }

  function root() {
    var el = host();
    if (!el || !el.shadowRoot) throw new Error('<cloudpc-unsubscribe> has no shadow root (is it defined?)');
    return el.shadowRoot;
  }

  function normalise(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  function one(selector) {
    var found = root().querySelector(selector);
    if (!found) throw new Error('nothing matches ' + selector + ' in the widget');
    return found;
  }

  function buttonLabelled(label) {
    var buttons = root().querySelectorAll('button');
    for (var i = 0; i < buttons.length; i += 1) {
      if (normalise(buttons[i].textContent) === label) return buttons[i];
    }
    return null;
  }

  /** The form control whose <label> reads exactly `text`. */
  function controlLabelled(text) {
    var labels = root().querySelectorAll('label');
    for (var i = 0; i < labels.length; i += 1) {
      if (normalise(labels[i].textContent) === text) {
        var control = root().getElementById(labels[i].htmlFor);
        if (control) return control;
      }
    }
    return null;
  }

  window.oldEngine = {
    /** Whether the widget shows `step` and has finished loading it. */
    shows: function (step) {
      var el = host();
      return (
        !!el &&
        !!el.shadowRoot &&
        el.getAttribute('step') === step &&
        !!el.shadowRoot.querySelector('[part="container"][aria-busy="false"]')
      );
    },
    heading: function () {
      return normalise(one('[part="heading"]').textContent);
    },
    has: function (selector) {
      var el = host();
      return !!el && !!el.shadowRoot && el.shadowRoot.querySelector(selector) !== null;
    },
    text: function (selector) {
      return normalise(one(selector).textContent);
    },
    /** The widget's whole visible text, in one line. */
    allText: function () {
      return normalise(root().textContent);
    },
    contains: function (text) {
      var el = host();
      return !!el && !!el.shadowRoot && normalise(el.shadowRoot.textContent).indexOf(text) !== -1;
    },
    canClick: function (label) {
      var button = buttonLabelled(label);
      return !!button && !button.disabled;
    },
    click: function (label) {
      var button = buttonLabelled(label);
      if (!button) throw new Error('no button reads "' + label + '"');
      if (button.disabled) throw new Error('the button "' + label + '" is disabled');
      button.click();
    },
    /** Ticks a checkbox or picks a radio, found by its id or by its label's exact text. */
    tick: function (selectorOrLabel) {
      var control = selectorOrLabel.charAt(0) === '#' ? one(selectorOrLabel) : controlLabelled(selectorOrLabel);
      if (!control) throw new Error('no control is labelled "' + selectorOrLabel + '"');
      if (!control.checked) control.click();
    },
    hasLabel: function (text) {
      return controlLabelled(text) !== null;
    },
    /**
     * The check list's rows as laid out: for each, whether the value starts below its label and its
     * share of the row's width (a squeezed value is a layout the old engine got wrong).
     */
    checkList: function () {
      var rows = root().querySelectorAll('.check-list__row');
      var out = [];
      for (var i = 0; i < rows.length; i += 1) {
        var label = rows[i].querySelector('dt').getBoundingClientRect();
        var value = rows[i].querySelector('.check-list__value').getBoundingClientRect();
        out.push({
          label: normalise(rows[i].querySelector('dt').textContent),
          under: value.top >= label.bottom - 1,
          share: value.width / rows[i].getBoundingClientRect().width,
        });
      }
      return out;
    },
    /** Types into a field as a keyboard would leave it: the value, then the input and change events. */
    type: function (selector, value) {
      var field = one(selector);
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
})();
