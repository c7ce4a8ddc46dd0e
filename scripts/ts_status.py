#!/usr/bin/env python3
"""Count the messages of .ts files: total, unfinished, obsolete (``make ts`` prints it; tests/test_i18n.py
fails on any unfinished or obsolete message).  ``--list`` prints the unfinished sources."""
import sys
import xml.etree.ElementTree as ET


def status(path):
    """(messages, [unfinished (context, source)], [obsolete (context, source)]) of the .ts file ``path``."""
    unfinished, obsolete, total = [], [], 0
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            kind = message.find('translation').get('type')
            entry = (name, message.findtext('source'))
            if kind == 'unfinished' or not (message.findtext('translation') or '').strip():
                unfinished.append(entry)
            elif kind in ('obsolete', 'vanished'):
                obsolete.append(entry)
    return total, unfinished, obsolete


def main(arguments):
    listing = '--list' in arguments
    for path in [a for a in arguments if not a.startswith('--')]:
        total, unfinished, obsolete = status(path)
        print(f'{path}: {total} messages, {len(unfinished)} unfinished, {len(obsolete)} obsolete')
        if listing:
            for context, source in unfinished:
                print(f'  [{context}] {source}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
