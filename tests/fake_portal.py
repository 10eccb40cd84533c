"""A desktop portal that says "high contrast", as GNOME's does when it is switched on.

Run with the SYSTEM python (python3-gi) inside the program's session D-Bus:
`/usr/bin/python3 tests/fake_portal.py`. It owns org.freedesktop.portal.Desktop and answers
org.freedesktop.portal.Settings for "org.freedesktop.appearance": contrast 1 (high), colour
scheme 0 (no preference). Qt reads this for QStyleHints.accessibility().contrastPreference();
it prints "ready" once it owns the name.
"""

from __future__ import annotations

import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.portal.Settings">
    <method name="ReadAll">
      <arg type="as" name="namespaces" direction="in"/>
      <arg type="a{sa{sv}}" name="value" direction="out"/>
    </method>
    <method name="Read">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <method name="ReadOne">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <signal name="SettingChanged">
      <arg type="s" name="namespace"/>
      <arg type="s" name="key"/>
      <arg type="v" name="value"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""
SETTINGS: dict[str, dict[str, tuple[str, object]]] = {
    "org.freedesktop.appearance": {"contrast": ("u", 1), "color-scheme": ("u", 0)},
    "org.gnome.desktop.a11y.interface": {"high-contrast": ("b", True)},
}


def value(namespace: str, key: str) -> GLib.Variant | None:
    found = SETTINGS.get(namespace, {}).get(key)
    return None if found is None else GLib.Variant(*found)


def call(_conn, _sender, _path, _iface, method, params, invocation) -> None:
    if method == "ReadAll":
        (wanted,) = params.unpack()
        out = {
            ns: {k: GLib.Variant(*v) for k, v in keys.items()}
            for ns, keys in SETTINGS.items()
            if not wanted or ns in wanted
        }
        invocation.return_value(GLib.Variant("(a{sa{sv}})", (out,)))
        return
    namespace, key = params.unpack()
    found = value(namespace, key)
    if found is None:
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "not found")
    elif method == "Read":  # the old form: a variant inside the variant
        invocation.return_value(GLib.Variant("(v)", (GLib.Variant("v", found),)))
    else:
        invocation.return_value(GLib.Variant("(v)", (found,)))


def prop(*_args) -> GLib.Variant:
    return GLib.Variant("u", 2)


def main() -> int:
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    loop = GLib.MainLoop()

    def acquired(conn, _name) -> None:
        conn.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], call, prop)

    def named(_conn, _name) -> None:
        print("ready", flush=True)

    Gio.bus_own_name(
        Gio.BusType.SESSION,
        "org.freedesktop.portal.Desktop",
        Gio.BusNameOwnerFlags.NONE,
        acquired,
        named,
        lambda *_: loop.quit(),
    )
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
