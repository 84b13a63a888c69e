// The match statement (PEP 634), compiled as CPython 3.11's compiler_match does.
//
// Each case but the last tests a COPY of the subject. A pattern consumes the value on top of the
// stack; a failing test jumps to `failPop[n]`, which pops the n items the pattern had pushed (the
// ladder of POP_TOPs is emitted after the case). Captured values are not stored while matching:
// they are kept on the stack under the items still being matched (`stores`), and bound only once
// the whole pattern has matched, so a failed case binds nothing.

/// CPython's pattern_context.
struct PatternContext {
    /// Names captured so far; their values lie on the stack, the first one on top of the others.
    var stores: [String] = []
    /// Whether an irrefutable pattern is allowed here (it must be the last alternative / case).
    var allowIrrefutable = false
    /// failPop[n] pops n items, then falls into failPop[n - 1] ... failPop[0].
    var failPop: [Label] = []
    /// Items above the stores that belong to the enclosing patterns.
    var onTop = 0
}

extension CodeGenerator {
    func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws(SyntaxError) {
        try compileExpr(subject)
        let end = newLabel()
        let last = cases[cases.count - 1]
        let hasDefault = cases.count > 1 && isWildcard(last.pattern)
        let n = cases.count - (hasDefault ? 1 : 0)
        for (i, m) in cases.prefix(n).enumerated() {
            u.loc = m.pattern.loc
            // only copy the subject if this is not the last case to test
            let copy = i != n - 1
            if copy { emit(.COPY, 1) }
            var pc = PatternContext()
            pc.allowIrrefutable = m.guard_ != nil || i == cases.count - 1
            try compilePattern(m.pattern, &pc)
            // a match: bind the captured names (the first one is on top)
            for name in pc.stores { try nameOp(name, .store) }
            if let g = m.guard_ {
                ensureFailPop(&pc, 0)
                try jumpIf(g, pc.failPop[0], false)
            }
            if copy { emit(.POP_TOP) }
            try compileStmts(m.body)
            jump(.JUMP_FORWARD, end)
            emitFailPops(&pc)
        }
        if hasDefault {
            u.loc = last.pattern.loc
            emit(.NOP)
            if let g = last.guard_ { try jumpIf(g, end, false) }
            try compileStmts(last.body)
        }
        bind(end)
    }

    /// `_` alone (no sub-pattern, no name).
    func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        return false
    }
    func isStarWildcard(_ p: Pattern) -> Bool {
        if case .matchStar(nil) = p.kind { return true }
        return false
    }

    // MARK: failure paths

    func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count <= n { pc.failPop.append(newLabel()) }
    }

    /// Jumps (with `op`) to the label that pops everything this pattern pushed so far.
    func jumpToFailPop(_ pc: inout PatternContext, _ op: Opcode) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(&pc, pops)
        jump(op, pc.failPop[pops])
    }

    func emitFailPops(_ pc: inout PatternContext) {
        guard !pc.failPop.isEmpty else { return }
        for i in stride(from: pc.failPop.count - 1, to: 0, by: -1) {
            bind(pc.failPop[i])
            emit(.POP_TOP)
        }
        bind(pc.failPop[0])
        pc.failPop = []
    }

    /// Moves TOS down to the `count`-th position (1 = TOS), shifting the items above up.
    func rotate(_ count: Int) {
        var c = count
        while c > 1 { emit(.SWAP, c); c -= 1 }
    }

    /// Consumes TOS: pops it for `_`, else keeps it on the stack as the value of `name`.
    func storePatternName(_ name: String?, _ pc: inout PatternContext) throws(SyntaxError) {
        guard let name else { emit(.POP_TOP); return }
        if name == "__debug__" { throw error("cannot assign to __debug__") }
        if pc.stores.contains(name) { throw error("multiple assignments to name '\(name)' in pattern") }
        rotate(pc.onTop + pc.stores.count + 1)
        pc.stores.append(name)
    }

    // MARK: patterns

    /// As CPython, the location is not restored after a sub-pattern: errors found after it (names
    /// bound twice, alternatives binding different names) point at the last pattern compiled.
    func compilePattern(_ p: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
        u.loc = p.loc
        switch p.kind {
        case .matchValue(let value):
            try compileExpr(value)
            emit(.COMPARE_OP, ComparisonOperator.eq.rawValue)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        case .matchSingleton(let value):
            loadConst(constant(from: value))
            emit(.IS_OP, 0)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        case .matchSequence(let patterns):
            try compileSequencePattern(patterns, &pc)
        case .matchMapping(let keys, let patterns, let rest):
            try compileMappingPattern(keys, patterns, rest, &pc)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            try compileClassPattern(cls, patterns, kwdAttrs, kwdPatterns, &pc)
        case .matchStar(let name):
            try storePatternName(name, &pc)
        case .matchAs(let pattern, let name):
            guard let pattern else {
                if !pc.allowIrrefutable {
                    if let name { throw error("name capture '\(name)' makes remaining patterns unreachable") }
                    throw error("wildcard makes remaining patterns unreachable")
                }
                try storePatternName(name, &pc)
                return
            }
            // keep a copy to store once the sub-pattern has matched
            pc.onTop += 1
            emit(.COPY, 1)
            try compilePattern(pattern, &pc)
            pc.onTop -= 1
            try storePatternName(name, &pc)
        case .matchOr(let patterns):
            try compileOrPattern(patterns, &pc)
        }
    }

    /// A sub-pattern: irrefutable patterns are fine inside another pattern.
    func compileSubpattern(_ p: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        defer { pc.allowIrrefutable = allow }
        try compilePattern(p, &pc)
    }

    func compileSequencePattern(_ patterns: [Pattern], _ pc: inout PatternContext) throws(SyntaxError) {
        let size = patterns.count
        var star = -1
        var onlyWildcard = true
        var starWildcard = false
        for (i, q) in patterns.enumerated() {
            if case .matchStar = q.kind {
                if star >= 0 { throw error("multiple starred names in sequence pattern") }
                starWildcard = isStarWildcard(q)
                onlyWildcard = onlyWildcard && starWildcard
                star = i
                continue
            }
            onlyWildcard = onlyWildcard && isWildcard(q)
        }
        // the subject stays on top during the type and length checks
        pc.onTop += 1
        emit(.MATCH_SEQUENCE)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        if star < 0 {
            emit(.GET_LEN)
            loadConst(.int(size))
            emit(.COMPARE_OP, ComparisonOperator.eq.rawValue)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        } else if size > 1 {
            emit(.GET_LEN)
            loadConst(.int(size - 1))
            emit(.COMPARE_OP, ComparisonOperator.ge.rawValue)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        }
        pc.onTop -= 1
        if onlyWildcard {
            emit(.POP_TOP)
        } else if starWildcard {
            // index the items instead of unpacking (the middle may be long)
            pc.onTop += 1
            for (i, q) in patterns.enumerated() where i != star && !isWildcard(q) {
                emit(.COPY, 1)
                if i < star {
                    loadConst(.int(i))
                } else {
                    // the subject may not support negative indices
                    emit(.GET_LEN)
                    loadConst(.int(size - i))
                    emit(.BINARY_OP, BinaryOperator.subtract.rawValue)
                }
                emit(.BINARY_SUBSCR)
                try compileSubpattern(q, &pc)
            }
            pc.onTop -= 1
            emit(.POP_TOP)
        } else {
            if star < 0 {
                emit(.UNPACK_SEQUENCE, size)
            } else {
                let after = size - 1 - star
                if star > 0xFF || after > 0xFFFF { throw error("too many expressions in star-unpacking sequence pattern") }
                emit(.UNPACK_EX, star | after << 8)
            }
            pc.onTop += size
            for q in patterns {
                pc.onTop -= 1
                try compileSubpattern(q, &pc)
            }
        }
    }

    func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                               _ pc: inout PatternContext) throws(SyntaxError) {
        let size = keys.count
        if size != patterns.count {
            throw error("keys (\(size)) / patterns (\(patterns.count)) length mismatch in mapping pattern")
        }
        pc.onTop += 1
        emit(.MATCH_MAPPING)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        if size == 0 && rest == nil {
            pc.onTop -= 1
            emit(.POP_TOP)
            return
        }
        if size > 0 {
            emit(.GET_LEN)
            loadConst(.int(size))
            emit(.COMPARE_OP, ComparisonOperator.ge.rawValue)
            jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        }
        var seen: Set<String> = []
        for key in keys {
            if let c = constantValue(key) {
                let k = mappingKeyIdentity(c)
                if seen.contains(k) {
                    throw error("mapping pattern checks duplicate key (\(constantRepr(key, c)))")
                }
                seen.insert(k)
            } else if case .attribute = key.kind {
            } else {
                throw error("mapping pattern keys may only match literals and attribute lookups")
            }
            try compileExpr(key)
        }
        emit(.BUILD_TUPLE, size)
        emit(.MATCH_KEYS)
        // a tuple of keys and a tuple of values (or None) now lie on the subject
        pc.onTop += 2
        emit(.COPY, 1)
        loadConst(.none)
        emit(.IS_OP, 1)
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        emit(.UNPACK_SEQUENCE, size)
        pc.onTop += size - 1
        for q in patterns {
            pc.onTop -= 1
            try compileSubpattern(q, &pc)
        }
        // a match: what follows consumes the keys and the subject
        pc.onTop -= 2
        if let rest {
            emit(.COPY_DICT_WITHOUT_KEYS)   // [subject, rest]
            emit(.SWAP, 2)
            emit(.POP_TOP)
            try storePatternName(rest, &pc)
        } else {
            emit(.POP_TOP)
            emit(.POP_TOP)
        }
    }

    /// Equal keys (as Python compares constants: 1 == 1.0 == True) get the same identity.
    func mappingKeyIdentity(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "..."
        case .bool(let b): return "n:\(b ? 1 : 0)"
        case .int(let i): return "n:\(i)"
        case .bigInt(let s): return "n:\(s)"
        case .float(let d):
            if d == d.rounded(), abs(d) < 9e18 { return "n:\(Int(d))" }
            return "f:\(d)"
        case .complex(let re, let im):
            if im == 0 { return mappingKeyIdentity(.float(re)) }
            return "c:\(re),\(im)"
        case .string(let s): return "s:" + s
        case .stringScalars(let s): return "u:\(s)"
        case .bytes(let b): return "b:\(b)"
        case .tuple(let t): return "t:(" + t.map(mappingKeyIdentity).joined(separator: ",") + ")"
        case .frozenset, .code: return "?\(c.hashValue)"
        }
    }

    func constantRepr(_ key: Expr, _ c: Constant) -> String {
        if case .constant(let v, _) = key.kind { return ASTDump.reprConstant(v) }
        switch c {
        case .int(let i): return "\(i)"
        case .bigInt(let s): return s
        case .float(let d): return ASTDump.reprFloat(d)
        default: return "\(c)"
        }
    }

    func compileClassPattern(_ cls: Expr, _ patterns: [Pattern], _ kwdAttrs: [String], _ kwdPatterns: [Pattern],
                             _ pc: inout PatternContext) throws(SyntaxError) {
        let nargs = patterns.count, nattrs = kwdAttrs.count
        if nattrs != kwdPatterns.count {
            throw error("kwd_attrs (\(nattrs)) / kwd_patterns (\(kwdPatterns.count)) length mismatch in class pattern")
        }
        for (i, name) in kwdAttrs.enumerated() {
            if name == "__debug__" { throw error("cannot assign to __debug__", at: kwdPatterns[i].loc) }
            if kwdAttrs[(i + 1)...].contains(name) {
                throw error("attribute name repeated in class pattern: \(name)", at: kwdPatterns[kwdAttrs[(i + 1)...].firstIndex(of: name)!].loc)
            }
        }
        try compileExpr(cls)
        loadConst(.tuple(kwdAttrs.map { .string($0) }))
        emit(.MATCH_CLASS, nargs)
        emit(.COPY, 1)
        loadConst(.none)
        emit(.IS_OP, 1)
        // TOS is a tuple of nargs + nattrs attributes, or None
        pc.onTop += 1
        jumpToFailPop(&pc, .POP_JUMP_IF_FALSE)
        emit(.UNPACK_SEQUENCE, nargs + nattrs)
        pc.onTop += nargs + nattrs - 1
        for q in patterns + kwdPatterns {
            pc.onTop -= 1
            if isWildcard(q) { emit(.POP_TOP); continue }
            try compileSubpattern(q, &pc)
        }
    }

    func compileOrPattern(_ patterns: [Pattern], _ pc: inout PatternContext) throws(SyntaxError) {
        let end = newLabel()
        let old = pc
        // names bound by the first alternative: the others must bind the same ones, and their
        // values are reordered on the stack to match
        var control: [String]? = nil
        for (i, alt) in patterns.enumerated() {
            var apc = PatternContext()
            apc.allowIrrefutable = i == patterns.count - 1 && old.allowIrrefutable
            emit(.COPY, 1)
            try compilePattern(alt, &apc)
            let nstores = apc.stores.count
            if let control {
                if nstores != control.count { throw error("alternative patterns bind different names") }
                var icontrol = nstores
                while icontrol > 0 {
                    icontrol -= 1
                    guard let istores = apc.stores.firstIndex(of: control[icontrol]) else {
                        throw error("alternative patterns bind different names")
                    }
                    if icontrol != istores {
                        // move stores[0...istores] to just below position icontrol, on the
                        // stack and in the list alike
                        let rotations = istores + 1
                        let moved = Array(apc.stores[0..<rotations])
                        apc.stores.removeSubrange(0..<rotations)
                        apc.stores.insert(contentsOf: moved, at: icontrol - istores)
                        for _ in 0..<rotations { rotate(icontrol + 1) }
                    }
                }
            } else {
                control = apc.stores
            }
            jump(.JUMP_FORWARD, end)
            emitFailPops(&apc)
        }
        pc = old
        // no alternative matched: pop the remaining copy of the subject and fail
        emit(.POP_TOP)
        jumpToFailPop(&pc, .JUMP_FORWARD)
        bind(end)
        let names = control ?? []
        // between the new stores and their place: the other new stores, the subject copy, the
        // enclosing patterns' items and the earlier stores
        let nrots = names.count + 1 + pc.onTop + pc.stores.count
        for name in names {
            rotate(nrots)
            if pc.stores.contains(name) { throw error("multiple assignments to name '\(name)' in pattern") }
            pc.stores.append(name)
        }
        // pop the copy of the subject
        emit(.POP_TOP)
    }
}
