"""IPv4/IPv6 addresses, networks and interfaces (CPython 3.11's ipaddress): parsing with
CPython's error messages, arithmetic and ordering, special-range properties, subnetting,
collapsing and range summaries."""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value does not parse as an IP address."""


class NetmaskValueError(ValueError):
    """A value does not parse as a netmask."""


def _first_that_parses(kinds, value, what, *args):
    for kind in kinds:
        try:
            return kind(value, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an integer."""
    return _first_that_parses((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict rejects host bits set."""
    return _first_that_parses((IPv4Network, IPv6Network), address, 'network', strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface ('address/prefix')."""
    return _first_that_parses((IPv4Interface, IPv6Interface), address, 'interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _trailing_zero_bits(number, bits):
    """How many low bits of number are zero, at most bits."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def _consecutive_runs(addresses):
    """(first, last) of each run of consecutive addresses in a sorted list."""
    first = last = None
    for ip in addresses:
        if first is None:
            first = last = ip
        elif ip._ip == last._ip + 1:
            last = ip
        else:
            yield first, last
            first = last = ip
    if first is not None:
        yield first, last


def summarize_address_range(first, last):
    """The fewest networks covering exactly the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        network_class = IPv4Network
    elif first.version == 6:
        network_class = IPv6Network
    else:
        raise ValueError('unknown IP version')
    bits = first._max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        size_bits = min(_trailing_zero_bits(low, bits), (high - low + 1).bit_length() - 1)
        yield network_class((low, bits - size_bits))
        low += 1 << size_bits
        if low - 1 == network_class._ALL_ONES:
            break


def _merge_networks(networks):
    """Sibling networks merged into their supernet repeatedly; covered ones dropped."""
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = net
        elif sibling != net:
            del by_parent[parent]
            pending.append(parent)
    last = None
    for net in sorted(by_parent.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """The smallest list of networks covering the given addresses and networks."""
    singles = []
    networks = []
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError('%s and %s are not of the same version' % (item, singles[-1]))
            if isinstance(item, _BaseAddress):
                singles.append(item)
            else:
                singles.append(item.network_address)  # a one-address network
        else:
            if networks and networks[-1]._version != item._version:
                raise TypeError('%s and %s are not of the same version' % (item, networks[-1]))
            networks.append(item)
    ranges = []
    for first, last in _consecutive_runs(sorted(set(singles))):
        ranges.extend(summarize_address_range(first, last))
    return _merge_networks(ranges + networks)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        """The PTR record name: 4.3.2.1.in-addr.arpa or nibbles.ip6.arpa."""
        return self._reverse_pointer()

    @property
    def version(self):
        raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        """The prefix length of a netmask integer (ones then zeroes), else ValueError."""
        zeroes = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeroes
        if ip_int >> zeroes != (1 << prefixlen) - 1:
            raw = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % raw)
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """Prefix length of a dotted netmask (255.255.0.0) or hostmask (0.0.255.255)."""
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) from 'a/p', a (a, p) tuple, an int, bytes or a bare address."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """'s' (or empty) formats the string; [#][_](b|x|X|n) the integer, zero-padded to
        the full width (n: binary for IPv4, hex for IPv6)."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        spec = _address_format_spec(fmt)
        if spec is None:
            return super().__format__(fmt)
        alternate, grouping, base = spec
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), f'{alternate}0{width}{grouping}{base}')


def _address_format_spec(fmt):
    """(alternate, grouping, base) for a spec matching [#][_][xbnX], else None."""
    rest = fmt
    alternate = grouping = ''
    if rest[:1] == '#':
        alternate, rest = '#', rest[1:]
    if rest[:1] == '_':
        grouping, rest = '_', rest[1:]
    if len(rest) == 1 and rest in 'xbnX':
        return alternate, grouping, rest
    return None


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """Usable host addresses: all but the network and broadcast addresses."""
        first, last = int(self.network_address), int(self.broadcast_address)
        for x in range(first + 1, last):
            yield self._address_class(x)

    def __iter__(self):
        first, last = int(self.network_address), int(self.broadcast_address)
        for x in range(first, last + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._address_class(last + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether either network contains the other's first or last address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks that cover self minus other (other must be a subnet of self)."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        current = self
        while current != other:
            lower, upper = current.subnets()
            if other.subnet_of(lower):
                yield upper
                current = lower
            else:
                yield lower
                current = upper

    def compare_networks(self, other):
        """-1, 0 or 1 by network address, then netmask."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        if mine < theirs:
            return -1
        if mine > theirs:
            return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets prefixlen_diff bits longer (or of prefix new_prefix)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_prefixlen, self))
        start = int(self.network_address)
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for addr in range(start, int(self.broadcast_address) + 1, step):
            yield self.__class__((addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of prefix new_prefix)."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def _both_ends(self, prop):
        return getattr(self.network_address, prop) and getattr(self.broadcast_address, prop)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_private(self):
        return any(self.network_address in net and self.broadcast_address in net
                   for net in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private


class _BaseConstants:
    _private_networks = []


_BaseNetwork._constants = _BaseConstants


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) from a prefix int/string or a dotted mask."""
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            cls._netmask_cache[arg] = IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError('Octet %d (> 255) not permitted' % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """A 32-bit address from a dotted-quad string, an int or 4 packed bytes."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_network

    @property
    def is_private(self):
        return any(self in net for net in self._constants._private_networks)

    @property
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_unspecified(self):
        return self == self._constants._unspecified_address

    @property
    def is_loopback(self):
        return self in self._constants._loopback_network

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network


class _InterfaceMixin:
    """An address together with the network it sits in ('192.0.2.5/24')."""

    def _init_interface(self, address, address_class, network_class):
        addr, mask = self._split_addr_prefix(address)
        address_class.__init__(self, addr)
        self.network = network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __eq__(self, other):
        same_address = self._address_class_of_interface.__eq__(self, other)
        if same_address is NotImplemented or not same_address:
            return same_address
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class_of_interface.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def ip(self):
        return self._address_class_of_interface(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Interface(_InterfaceMixin, IPv4Address):
    _address_class_of_interface = IPv4Address

    def __init__(self, address):
        self._init_interface(address, IPv4Address, IPv4Network)

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)


class IPv4Network(_BaseV4, _BaseNetwork):
    """A 32-bit network: 'address/prefix' (or netmask or hostmask), (address, prefix), or
    an address alone (a /32)."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__  # a /31 has two usable hosts (RFC 3021)
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')  # shared address space: neither
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            cls._netmask_cache[arg] = IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The integer of an IPv6 string ('::' shorthand and a trailing dotted IPv4 part
        allowed), with CPython's messages for each malformation."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least %d parts expected in %r' % (3, ip_str))
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError('At most %d colons permitted in %r'
                                    % (cls._HEXTET_COUNT, ip_str))
        gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        if gaps:
            gap = gaps[0]
            head = gap
            tail = len(parts) - gap - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
            if not parts[-1]:
                tail -= 1
                if tail:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
            skipped = cls._HEXTET_COUNT - (head + tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            head, tail, skipped = len(parts), 0, 0
        try:
            value = 0
            for part in parts[:head]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in (parts[len(parts) - tail:] if tail else []):
                value = (value << 16) | cls._parse_hextet(part)
            return value
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """Replaces the first longest run (two or more) of '0' hextets by '::'."""
        best_start, best_len = -1, 0
        start, length = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                if start == -1:
                    start = index
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_start:end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        full = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (full, self._prefixlen)
        return full

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        """('addr', 'scope') from 'addr%scope' (scope None when absent)."""
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """A 128-bit address (optionally with a %scope_id) from a string, an int or 16 bytes."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented:
            return NotImplemented
        return bool(same) and self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_reserved(self):
        return any(self in net for net in self._constants._reserved_networks)

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network

    @property
    def is_site_local(self):
        return self in self._constants._sitelocal_network

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of ::ffff:a.b.c.d, else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) of a 2001::/32 Teredo address, else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 2002::/16 6to4 address, else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_InterfaceMixin, IPv6Address):
    _address_class_of_interface = IPv6Address

    def __init__(self, address):
        self._init_interface(address, IPv6Address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """A 128-bit network: 'address/prefix', (address, prefix), or an address alone."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        """All addresses but the Subnet-Router anycast one (the network address)."""
        first, last = int(self.network_address), int(self.broadcast_address)
        for x in range(first + 1, last + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _IPv6Constants:
    _linklocal_network = IPv6Network('fe80::/10')
    _multicast_network = IPv6Network('ff00::/8')
    _private_networks = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    _reserved_networks = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6',
        'FE00::/9')]
    _sitelocal_network = IPv6Network('fec0::/10')


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
