# ipaddress: parsing, properties, networks, subnetting, collapsing, errors
import ipaddress as ip
import pickle

# --- addresses
for text in ['192.168.1.10', '10.0.0.1', '8.8.8.8', '127.0.0.1', '0.0.0.0', '224.0.0.251',
             '169.254.3.4', '100.64.1.1', '240.1.2.3', '255.255.255.255', '192.0.2.1']:
    a = ip.ip_address(text)
    print(repr(a), int(a), a.packed, a.version, a.max_prefixlen, a.reverse_pointer)
    print('  flags', [name for name in ('is_private', 'is_global', 'is_multicast', 'is_reserved',
                                        'is_loopback', 'is_link_local', 'is_unspecified')
                      if getattr(a, name)])
for text in ['::1', '::', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.128',
             '2002:c000:0204::1', '2001:0000:4136:e378:8000:63bf:3fff:fdd2', 'ff02::1',
             'fec0::1', '2606:4700:4700::1111', '1:0:0:2:0:0:0:3', '0:0:1::', 'a:b:c:d:e:f:1:2',
             '::ffff:10.1.2.3', 'FE80::ABCD']:
    a = ip.ip_address(text)
    print(repr(a), a.compressed, a.exploded, a.scope_id, a.version)
    print('  ptr', a.reverse_pointer[:24], len(a.packed), hex(int(a)))
    print('  flags', [name for name in ('is_private', 'is_global', 'is_multicast', 'is_reserved',
                                        'is_loopback', 'is_link_local', 'is_unspecified',
                                        'is_site_local') if getattr(a, name)],
          a.ipv4_mapped, a.sixtofour, a.teredo)

sc = ip.ip_address('fe80::1%eth0')
print('scoped', repr(sc), sc.scope_id, str(sc), sc.is_link_local, int(sc) == int(ip.ip_address('fe80::1')))
try:
    sc.exploded
except ip.AddressValueError as e:
    print('AddressValueError', e)
print('from int/bytes', ip.ip_address(3232235777), ip.ip_address(2 ** 32), ip.IPv4Address(b'\x7f\x00\x00\x01'),
      ip.IPv6Address(b'\x00' * 15 + b'\x01'), ip.IPv6Address(1))
a = ip.IPv4Address('10.0.0.255')
print('arith', a + 1, a - 255, ip.IPv6Address('::ffff') + 1)
try:
    a + 2 ** 32
except ip.AddressValueError as e:
    print('AddressValueError', e)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
print('compare', ip.ip_address('10.0.0.1') < ip.ip_address('10.0.0.2'),
      ip.ip_address('10.0.0.1') == ip.IPv4Address(167772161),
      ip.ip_address('10.0.0.1') != ip.ip_address('::1'), ip.ip_address('1.2.3.4') >= ip.ip_address('1.2.3.4'),
      ip.ip_address('fe80::1%1') == ip.ip_address('fe80::1'), ip.ip_address('10.0.0.1') == '10.0.0.1')
try:
    ip.ip_address('10.0.0.1') < ip.ip_address('::1')
except TypeError as e:
    print('TypeError', e)
print('sorted', sorted(ip.ip_address(x) for x in ['10.0.0.10', '10.0.0.2', '9.255.255.255']))
print('format', format(ip.IPv4Address('192.168.0.1'), 'b'), format(ip.IPv4Address('192.168.0.1'), '#_x'),
      format(ip.IPv4Address('1.2.3.4'), 'n'), format(ip.IPv6Address('::1'), '#x')[-6:],
      format(ip.IPv6Address('::1'), '_n')[-9:], format(ip.IPv4Address('1.2.3.4'), '>12s'), f'{ip.IPv4Address("1.2.3.4")}')
try:
    format(ip.IPv4Address('1.2.3.4'), 'd')
except TypeError as e:
    print('TypeError', e)
print('hash/set', len({ip.ip_address('1.1.1.1'), ip.ip_address('1.1.1.1'), ip.IPv4Address(16843009)}))
print('pickle', pickle.loads(pickle.dumps(ip.ip_address('fe80::1%eth0'))),
      pickle.loads(pickle.dumps(ip.ip_interface('10.1.1.1/8'))), pickle.loads(pickle.dumps(ip.ip_network('10.0.0.0/8'))))

bad_addresses = ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1.2.3.04', '1.2.3.1234', '1.2.3.x', '1..3.4',
                 '1.2.3.4/24', '::1::', ':1::2', '1::2:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::',
                 'g::1', '1:2', '1:2:3:4:5:6:7::8:9', '::1.2.3', '::ffff:1.2.3.256', 'fe80::1%', 'fe80::1%a%b',
                 ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3::4:5:6:7:8']
for text in bad_addresses:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            cls(text)
            print('accepted', cls.__name__, repr(text))
        except ip.AddressValueError as e:
            print(cls.__name__, repr(text), '->', e)
for value in [-1, 2 ** 128, 'junk', b'\x01\x02', 1.5]:
    try:
        ip.ip_address(value)
    except ValueError as e:
        print(type(e).__name__, e)
for value in [-1, 2 ** 32]:
    try:
        ip.IPv4Address(value)
    except ip.AddressValueError as e:
        print('AddressValueError', e)
try:
    ip.IPv6Address(b'\x00' * 4)
except ip.AddressValueError as e:
    print('AddressValueError', e)
print('packers', ip.v4_int_to_packed(258), ip.v6_int_to_packed(1)[-2:])
for f, v in [(ip.v4_int_to_packed, 2 ** 32), (ip.v6_int_to_packed, -1)]:
    try:
        f(v)
    except ValueError as e:
        print('ValueError', e)

# --- networks
n = ip.ip_network('192.168.10.0/24')
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print('with', n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed)
print('index', n[0], n[1], n[-1], n[255], n[-256])
for k in (256, -257):
    try:
        n[k]
    except IndexError as e:
        print('IndexError', e)
print('hosts', len(list(n.hosts())), list(n.hosts())[:2], list(ip.ip_network('10.0.0.0/30').hosts()),
      list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print('hosts6', list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()),
      list(ip.ip_network('2001:db8::1/128').hosts()))
print('contains', ip.ip_address('192.168.10.77') in n, ip.ip_address('192.168.11.1') in n,
      ip.ip_address('::1') in n, ip.ip_network('192.168.10.0/25') in n)
print('subnets', list(n.subnets()), list(n.subnets(prefixlen_diff=2)), len(list(n.subnets(new_prefix=28))))
print('supernet', n.supernet(), n.supernet(prefixlen_diff=8), n.supernet(new_prefix=16),
      ip.ip_network('0.0.0.0/0').supernet(), list(ip.ip_network('1.2.3.4/32').subnets()))
print('masks', ip.ip_network('10.0.0.0/255.255.0.0'), ip.ip_network('10.0.0.0/0.0.255.255'),
      ip.ip_network(('10.0.0.0', 8)), ip.ip_network(('10.0.0.0', '255.0.0.0')), ip.ip_network(167772160),
      ip.ip_network('10.1.2.3'), ip.ip_network(b'\x0a\x00\x00\x00'), ip.ip_network('10.1.2.3/8', strict=False))
print('overlaps', n.overlaps(ip.ip_network('192.168.0.0/16')), n.overlaps(ip.ip_network('192.168.11.0/24')))
print('subnet_of', ip.ip_network('10.1.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')),
      ip.ip_network('10.0.0.0/8').supernet_of(ip.ip_network('10.1.0.0/16')),
      ip.ip_network('10.0.0.0/8').subnet_of(ip.ip_network('10.1.0.0/16')))
print('exclude', list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.64/26'))),
      list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.0/24'))),
      list(ip.ip_network('10.0.0.0/28').address_exclude(ip.ip_network('10.0.0.5/32'))))
print('compare', ip.ip_network('10.0.0.0/8').compare_networks(ip.ip_network('10.0.0.0/16')),
      ip.ip_network('10.0.0.0/16').compare_networks(ip.ip_network('10.0.0.0/8')),
      ip.ip_network('10.0.0.0/8').compare_networks(ip.ip_network('10.0.0.0/8')),
      sorted([ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8'), ip.ip_network('10.0.0.0/8')]))
print('net flags', ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('100.64.0.0/10').is_global,
      ip.ip_network('100.64.0.0/10').is_private, ip.ip_network('8.8.8.0/24').is_global,
      ip.ip_network('224.0.0.0/4').is_multicast, ip.ip_network('127.0.0.0/8').is_loopback,
      ip.ip_network('0.0.0.0/32').is_unspecified, ip.ip_network('169.254.0.0/16').is_link_local,
      ip.ip_network('240.0.0.0/4').is_reserved, ip.ip_network('fec0::/10').is_site_local,
      ip.ip_network('fc00::/7').is_private, ip.ip_network('2001:db8::/32').is_global)
n6 = ip.ip_network('2001:db8:abcd:12::/64')
print(repr(n6), n6.num_addresses, n6.netmask, n6.hostmask, n6.broadcast_address, n6.exploded,
      n6.with_netmask, n6.supernet(new_prefix=48), list(n6.subnets(new_prefix=66))[-1])
print('hash eq', ip.ip_network('10.0.0.0/8') == ip.ip_network('10.0.0.0/255.0.0.0'),
      len({ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/255.0.0.0')}))

bad_networks = [('10.0.0.1/24', True), ('10.0.0.0/33', True), ('10.0.0.0/255.0.255.0', True),
                ('10.0.0.0/-1', True), ('10.0.0.0/ 8', True), ('10.0.0.0/8/8', True), ('10.0.0.0/1.2.3', True),
                ('2001:db8::1/64', True), ('2001:db8::/129', True), ('2001:db8::/ffff::', True),
                ('::/x', True), ('nonsense', False)]
for text, strict in bad_networks:
    for cls in (ip.IPv4Network, ip.IPv6Network):
        try:
            cls(text, strict)
            print('accepted', cls.__name__, text)
        except ValueError as e:
            print(cls.__name__, repr(text), type(e).__name__, e)
for text in ['1.2.3.4/40', 'zz', '::/200']:
    for f in (ip.ip_network, ip.ip_interface):
        try:
            f(text)
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
for call in [lambda: list(n.subnets(new_prefix=20)), lambda: list(n.subnets(prefixlen_diff=2, new_prefix=26)),
             lambda: list(n.subnets(prefixlen_diff=-1)), lambda: list(n.subnets(prefixlen_diff=9)),
             lambda: n.supernet(new_prefix=25), lambda: n.supernet(prefixlen_diff=2, new_prefix=20),
             lambda: n.supernet(prefixlen_diff=25),
             lambda: list(n.address_exclude(ip.ip_network('10.0.0.0/8'))),
             lambda: list(n.address_exclude(ip.ip_network('::/0'))),
             lambda: list(n.address_exclude(ip.ip_address('192.168.10.1'))),
             lambda: n.subnet_of(ip.ip_network('::/0')), lambda: n.subnet_of('x'),
             lambda: n.compare_networks(ip.ip_network('::/0')), lambda: n < ip.ip_network('::/0'),
             lambda: n < ip.ip_address('1.1.1.1')]:
    try:
        print('no error', call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# --- interfaces
i = ip.ip_interface('192.168.5.77/24')
print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask,
      int(i), i.is_private, isinstance(i, ip.IPv4Address))
print('iface eq', i == ip.ip_interface('192.168.5.77/24'), i == ip.ip_interface('192.168.5.77/25'),
      i == ip.ip_address('192.168.5.77'), i < ip.ip_interface('192.168.5.78/24'),
      ip.ip_interface('10.0.0.9/8') < ip.ip_interface('10.0.0.1/16'),
      len({i, ip.ip_interface('192.168.5.77/255.255.255.0')}))
i6 = ip.ip_interface('fe80::1%eth0/64')
print(repr(i6), i6.ip, i6.network, i6.exploded, i6.with_prefixlen, i6.with_netmask[-20:], i6.scope_id,
      i6.is_loopback, ip.ip_interface('::1/128').is_loopback, ip.ip_interface('::/0').is_unspecified)
print('iface forms', ip.IPv4Interface(('10.0.0.5', 8)), ip.IPv4Interface(167772165), ip.IPv6Interface('::2'),
      ip.ip_interface('10.0.0.5/0.0.0.255'))

# --- collapse and summarize
nets = [ip.ip_network(x) for x in ['192.0.2.0/26', '192.0.2.64/26', '192.0.2.128/25', '10.0.0.0/24',
                                   '10.0.1.0/24', '10.0.0.128/25']]
print('collapse', list(ip.collapse_addresses(nets)))
addrs = [ip.ip_address('10.0.0.%d' % k) for k in (0, 1, 2, 3, 5, 6, 7, 9)]
print('collapse addrs', list(ip.collapse_addresses(addrs + [ip.ip_network('10.0.0.8/32')])))
print('collapse6', list(ip.collapse_addresses([ip.ip_network('2001:db8::/33'), ip.ip_network('2001:db8:8000::/33')])))
print('collapse empty', list(ip.collapse_addresses([])))
print('summarize', list(ip.summarize_address_range(ip.ip_address('192.0.2.0'), ip.ip_address('192.0.2.130'))))
print('summarize all', list(ip.summarize_address_range(ip.ip_address('0.0.0.0'), ip.ip_address('255.255.255.255'))),
      list(ip.summarize_address_range(ip.ip_address('::1'), ip.ip_address('::8'))))
for call in [lambda: list(ip.summarize_address_range(ip.ip_network('1.0.0.0/8'), ip.ip_address('1.2.3.4'))),
             lambda: list(ip.summarize_address_range(ip.ip_address('1.1.1.1'), ip.ip_address('::1'))),
             lambda: list(ip.summarize_address_range(ip.ip_address('1.1.1.2'), ip.ip_address('1.1.1.1'))),
             lambda: list(ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_address('::1')])),
             lambda: list(ip.collapse_addresses([ip.ip_network('1.0.0.0/8'), ip.ip_network('::/8')]))]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
mixed = [ip.ip_address('::1'), ip.ip_network('10.0.0.0/8'), ip.ip_address('10.0.0.1'), ip.ip_network('::/64')]
print('mixed key', sorted(mixed, key=ip.get_mixed_type_key), ip.get_mixed_type_key('x'))
print('errors are ValueErrors', issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
