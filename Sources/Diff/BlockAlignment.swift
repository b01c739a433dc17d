import Outline

/// Pairs the blocks of two versions in order: each pair is one block in both versions,
/// unchanged or changed; the blocks left over were deleted or inserted (or moved, which
/// `MoveDetection` finds among them).
///
/// Blocks that read the same at both ends are paired first; in between, blocks found exactly
/// once in each version (by their exact fingerprint: no tokens needed), and headings with the
/// same id, anchor the alignment (the longest
/// in-order series of them, as in patience diff), which splits the documents into short gaps,
/// usually within a section. Inside a gap, each changed block is paired with its most similar
/// counterpart by maximising the total similarity of in-order pairs; gaps too large for that
/// are paired greedily within a short look-ahead, which keeps the whole linear in the size of
/// the documents at a fixed rate of change.
struct BlockAlignment {
    enum Step: Equatable {
        case pair(old: Int, new: Int)
        case oldOnly(Int)
        case newOnly(Int)
    }

    /// Below this similarity a changed block is shown as deleted and another inserted.
    static let pairingThreshold = 0.45
    /// The same, for a gap of as many old blocks as new ones, paired in order: a block put
    /// where another stood is more likely its rewording ("We keep your data." → "They sell
    /// our data."; a link's target changed) than an unrelated block.
    static let positionalPairingThreshold = 0.3
    /// Gaps with at most this many old × new blocks are aligned exactly.
    static let exactGapLimit = 40_000
    static let lookahead = 8
    /// Anchors are looked for again inside gaps, to this depth, in gaps of more than
    /// `smallGap` old × new blocks.
    static let anchorDepth = 6
    static let smallGap = 64

    /// The blocks, prepared as the alignment needs them: borrowed from the caller.
    private var versions = VersionPair(old: PreparedText([]), new: PreparedText([]))
    private var oldHeadingIDs: [String?] = []
    private var newHeadingIDs: [String?] = []
    private var steps: [Step] = []

    /// The alignment of `versions`' blocks, in order; prepares the blocks it compares.
    static func steps(aligning versions: inout VersionPair) -> [Step] {
        var alignment = BlockAlignment()
        // Swapped in and out rather than copied, so that preparing a block never copies the
        // arrays of prepared blocks.
        swap(&alignment.versions, &versions)
        defer { swap(&alignment.versions, &versions) }
        alignment.oldHeadingIDs = alignment.versions.oldBlocks.map(headingID)
        alignment.newHeadingIDs = alignment.versions.newBlocks.map(headingID)
        alignment.steps.reserveCapacity(max(alignment.oldHeadingIDs.count, alignment.newHeadingIDs.count))
        alignment.align(0..<alignment.oldHeadingIDs.count, 0..<alignment.newHeadingIDs.count, depth: 0)
        return alignment.steps
    }

    private mutating func similarity(old i: Int, new j: Int) -> Double {
        versions.similarity(old: i, new: j, atLeast: Self.pairingThreshold)
    }

    private mutating func align(_ oldRange: Range<Int>, _ newRange: Range<Int>, depth: Int) {
        var oldStart = oldRange.lowerBound, newStart = newRange.lowerBound
        var oldEnd = oldRange.upperBound, newEnd = newRange.upperBound
        while oldStart < oldEnd, newStart < newEnd, versions.readsSame(old: oldStart, new: newStart) {
            steps.append(.pair(old: oldStart, new: newStart))
            oldStart += 1
            newStart += 1
        }
        var suffix: [Step] = []
        while oldStart < oldEnd, newStart < newEnd, versions.readsSame(old: oldEnd - 1, new: newEnd - 1) {
            oldEnd -= 1
            newEnd -= 1
            suffix.append(.pair(old: oldEnd, new: newEnd))
        }
        // In a small gap the similarity alignment finds the unchanged blocks as well; only
        // headings' ids say more than their text.
        let isSmall = (oldEnd - oldStart) * (newEnd - newStart) <= Self.smallGap
        let anchors = depth < Self.anchorDepth
            ? self.anchors(oldStart..<oldEnd, newStart..<newEnd, byContent: !isSmall) : []
        if anchors.isEmpty {
            alignGap(oldStart..<oldEnd, newStart..<newEnd)
        } else {
            for (i, j) in anchors {
                align(oldStart..<i, newStart..<j, depth: depth + 1)
                steps.append(.pair(old: i, new: j))
                oldStart = i + 1
                newStart = j + 1
            }
            align(oldStart..<oldEnd, newStart..<newEnd, depth: depth + 1)
        }
        steps.append(contentsOf: suffix.reversed())
    }

    /// The longest in-order series of blocks that read the same and occur once in each range
    /// (`byContent`), and of headings whose id occurs once in each range.
    private mutating func anchors(_ oldRange: Range<Int>, _ newRange: Range<Int>, byContent: Bool) -> [(Int, Int)] {
        guard !oldRange.isEmpty, !newRange.isEmpty,
              byContent || oldRange.contains(where: { oldHeadingIDs[$0] != nil }) else { return [] }
        // Per old block of the range, the new block it anchors to, or -1; read in order, no sort.
        var newForOld = [Int](repeating: -1, count: oldRange.count)
        var takenNew = [Bool](repeating: false, count: newRange.count)
        if byContent {
            var byFingerprint = FingerprintTable(count: oldRange.count + newRange.count)
            for i in oldRange { byFingerprint.addOld(versions.oldFingerprints[i], i) }
            for j in newRange { byFingerprint.addNew(versions.newFingerprints[j], j) }
            byFingerprint.forEachOnceInEach { old, new in
                if versions.showsSameRemembered(old: old, new: new) {
                    newForOld[old - oldRange.lowerBound] = new
                    takenNew[new - newRange.lowerBound] = true
                }
            }
        }
        var byHeadingID: [String: Occurrences] = [:]
        for i in oldRange {
            guard let id = oldHeadingIDs[i] else { continue }
            byHeadingID[id, default: Occurrences()].addOld(i)
        }
        for j in newRange {
            guard let id = newHeadingIDs[j] else { continue }
            byHeadingID[id, default: Occurrences()].addNew(j)
        }
        for entry in byHeadingID.values where entry.oldCount == 1 && entry.newCount == 1 {
            if newForOld[entry.old - oldRange.lowerBound] < 0, !takenNew[entry.new - newRange.lowerBound] {
                newForOld[entry.old - oldRange.lowerBound] = entry.new
            }
        }
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(min(oldRange.count, newRange.count))
        for (offset, j) in newForOld.enumerated() where j >= 0 { pairs.append((oldRange.lowerBound + offset, j)) }
        return PatienceAnchors.longestIncreasing(pairs)
    }

    private mutating func alignGap(_ oldRange: Range<Int>, _ newRange: Range<Int>) {
        if oldRange.isEmpty || newRange.isEmpty {
            steps.append(contentsOf: oldRange.map(Step.oldOnly))
            steps.append(contentsOf: newRange.map(Step.newOnly))
        } else if oldRange.count == newRange.count, !hasShiftedCopy(oldRange, newRange),
                  zip(oldRange, newRange).allSatisfy({ versions.areAlike(old: $0, new: $1, Self.positionalPairingThreshold) }) {
            // The common case of a section whose blocks were each edited a little.
            steps.append(contentsOf: zip(oldRange, newRange).map { Step.pair(old: $0, new: $1) })
        } else if oldRange.count * newRange.count <= Self.exactGapLimit {
            alignExactly(oldRange, newRange)
        } else {
            alignGreedily(oldRange, newRange)
        }
    }

    /// Whether a block of the new range is the same as an old one at another place in the
    /// range: a row inserted at the top of a table and another deleted at its foot leave as
    /// many old rows as new, each alike the next, but they are not each other's rewording.
    private func hasShiftedCopy(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> Bool {
        guard oldRange.count > 1 else { return false }
        var oldPlaces: [Int: Int] = [:]
        oldPlaces.reserveCapacity(oldRange.count)
        for i in oldRange { oldPlaces[versions.oldFingerprints[i]] = i - oldRange.lowerBound }
        return newRange.contains { j in
            guard let place = oldPlaces[versions.newFingerprints[j]], place != j - newRange.lowerBound else { return false }
            return versions.showsSame(old: oldRange.lowerBound + place, new: j)
        }
    }

    /// The in-order pairs with the highest total similarity (each at least the threshold).
    private mutating func alignExactly(_ oldRange: Range<Int>, _ newRange: Range<Int>) {
        let rows = oldRange.count, columns = newRange.count
        var similarities = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns {
                similarities[i * columns + j] = similarity(old: oldRange.lowerBound + i, new: newRange.lowerBound + j)
            }
        }
        for step in InOrderPairing.steps(rows: rows, columns: columns, scores: similarities, threshold: Self.pairingThreshold) {
            switch step {
            case .pair(let i, let j): steps.append(.pair(old: oldRange.lowerBound + i, new: newRange.lowerBound + j))
            case .first(let i): steps.append(.oldOnly(oldRange.lowerBound + i))
            case .second(let j): steps.append(.newOnly(newRange.lowerBound + j))
            }
        }
    }

    /// Pairs the next blocks when alike, else the nearest alike pair within the look-ahead.
    private mutating func alignGreedily(_ oldRange: Range<Int>, _ newRange: Range<Int>) {
        var i = oldRange.lowerBound, j = newRange.lowerBound
        while i < oldRange.upperBound, j < newRange.upperBound {
            var found: (Int, Int)?
            search: for distance in 0...Self.lookahead {
                for skippedOld in 0...distance {
                    let candidate = (i + skippedOld, j + distance - skippedOld)
                    guard candidate.0 < oldRange.upperBound, candidate.1 < newRange.upperBound else { continue }
                    if similarity(old: candidate.0, new: candidate.1) >= Self.pairingThreshold {
                        found = candidate
                        break search
                    }
                }
            }
            if let (pairedOld, pairedNew) = found {
                steps.append(contentsOf: (i..<pairedOld).map(Step.oldOnly))
                steps.append(contentsOf: (j..<pairedNew).map(Step.newOnly))
                steps.append(.pair(old: pairedOld, new: pairedNew))
                i = pairedOld + 1
                j = pairedNew + 1
            } else {
                steps.append(.oldOnly(i))
                steps.append(.newOnly(j))
                i += 1
                j += 1
            }
        }
        steps.append(contentsOf: (i..<oldRange.upperBound).map(Step.oldOnly))
        steps.append(contentsOf: (j..<newRange.upperBound).map(Step.newOnly))
    }

    private static func headingID(_ block: DocumentBlock) -> String? {
        if case .heading(_, let id) = block.kind { id } else { nil }
    }
}

/// How often a value occurs in each version's range, and where it occurred last.
private struct Occurrences {
    var oldCount = 0, old = 0, newCount = 0, new = 0

    mutating func addOld(_ index: Int) {
        oldCount += 1
        old = index
    }

    mutating func addNew(_ index: Int) {
        newCount += 1
        new = index
    }
}

/// Occurrences by fingerprint, in an open-addressing table: the anchors count every block of
/// every range they look in, and fingerprints are hashes already, used as their own slots.
private struct FingerprintTable {
    private var keys: [Int]
    private var entries: [Occurrences]
    private var used: [Bool]
    private let mask: Int

    /// A table for `count` values at most.
    init(count: Int) {
        var size = 16
        while size < 2 * count { size *= 2 }
        keys = Array(repeating: 0, count: size)
        entries = Array(repeating: Occurrences(), count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    private mutating func slot(of key: Int) -> Int {
        var slot = key & mask
        while used[slot], keys[slot] != key { slot = (slot + 1) & mask }
        if !used[slot] {
            used[slot] = true
            keys[slot] = key
        }
        return slot
    }

    mutating func addOld(_ key: Int, _ index: Int) {
        entries[slot(of: key)].addOld(index)
    }

    mutating func addNew(_ key: Int, _ index: Int) {
        entries[slot(of: key)].addNew(index)
    }

    /// The old and new index of each value found once in each version.
    func forEachOnceInEach(_ body: (Int, Int) -> Void) {
        for slot in used.indices where used[slot] && entries[slot].oldCount == 1 && entries[slot].newCount == 1 {
            body(entries[slot].old, entries[slot].new)
        }
    }
}
