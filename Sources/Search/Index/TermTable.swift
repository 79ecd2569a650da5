import Foundation

// Token key → term number: the hash tables of a segment.

/// Read-only open-addressing hash map from token key (never 0) to term number.
struct TermTable: Sendable {
    let keys: [UInt64]
    let ids: [Int32]
    let count: Int
    private let mask: Int

    init(keys: [UInt64], ids: [Int32], count: Int) {
        self.keys = keys
        self.ids = ids
        self.count = count
        mask = keys.count - 1
    }

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    func find(_ key: UInt64) -> Int32 {
        if keys.isEmpty { return -1 }
        var i = TermTable.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return ids[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}

/// The hash table used while building: token key → the term's number and running counts.
/// Manually managed memory (`release()`), so that the per-token path has no checks.
struct BuildTable {
    struct Slot {
        var key: UInt64 = 0
        var id: Int32 = -1
        /// Number of the last text the term was seen in, and its place in that text's list.
        var lastSeen: Int32 = 0
        var listIndex: Int32 = 0
        /// 1 + the last document whose title contains the term.
        var titleMark: Int32 = 0
        var bodyDF: Int32 = 0
        var titleDF: Int32 = 0
        var rowDF: Int32 = 0
    }

    private(set) var slots: UnsafeMutablePointer<Slot>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity wanted: Int) {
        var cap = 1024
        while cap * 7 < wanted * 10 { cap <<= 1 }
        capacity = cap
        slots = .allocate(capacity: cap)
        slots.initialize(repeating: Slot(), count: cap)
    }

    func release() { slots.deallocate() }

    @inline(__always) mutating func slot(for key: UInt64) -> UnsafeMutablePointer<Slot> {
        let mask = capacity - 1
        var i = TermTable.slot(key, mask)
        while true {
            let p = slots + i
            let k = p.pointee.key
            if k == key { return p }
            if k == 0 {
                p.pointee.key = key
                p.pointee.id = Int32(count)
                count += 1
                if count * 10 >= capacity * 7 {
                    grow()
                    return find(key)
                }
                return p
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func find(_ key: UInt64) -> UnsafeMutablePointer<Slot> {
        let mask = capacity - 1
        var i = TermTable.slot(key, mask)
        while slots[i].key != key { i = (i + 1) & mask }
        return slots + i
    }

    private mutating func grow() {
        let old = slots, oldCap = capacity
        capacity = oldCap * 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for j in 0..<oldCap where old[j].key != 0 {
            var i = TermTable.slot(old[j].key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = old[j]
        }
        old.deallocate()
    }

    /// The lookup table and the per-term counts, by term number.
    func finish() -> (table: TermTable, bodyDF: [Int32], titleDF: [Int32], rowDF: [Int32]) {
        var cap = 16
        while cap < count * 2 { cap <<= 1 }
        var keys = [UInt64](repeating: 0, count: cap)
        var ids = [Int32](repeating: -1, count: cap)
        var bodyDF = [Int32](repeating: 0, count: count)
        var titleDF = [Int32](repeating: 0, count: count)
        var rowDF = [Int32](repeating: 0, count: count)
        let mask = cap - 1
        for j in 0..<capacity where slots[j].key != 0 {
            let s = slots[j]
            var i = TermTable.slot(s.key, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = s.key
            ids[i] = s.id
            bodyDF[Int(s.id)] = s.bodyDF
            titleDF[Int(s.id)] = s.titleDF
            rowDF[Int(s.id)] = s.rowDF
        }
        return (TermTable(keys: keys, ids: ids, count: count), bodyDF, titleDF, rowDF)
    }
}
