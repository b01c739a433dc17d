import Dispatch
import Synchronization

/// Values made from texts (a text read back from the cache, a text prepared for comparison),
/// each made on first use by whichever thread asks, the `capacity` used last kept. A value
/// being made is waited for rather than made again: two threads working on one policy's
/// pages often ask for the same text at once.
public final class KeptTexts<Value: Sendable>: Sendable {
    private struct Kept {
        var values: [RenderedTexts.Key: (value: Value, lastUse: Int)] = [:]
        var making: [RenderedTexts.Key: Making] = [:]
        var clock = 0
    }

    private enum Found { case kept(Value), waitFor(Making), make(Making) }

    /// A value one thread makes while others wait for it.
    private final class Making: Sendable {
        let done = DispatchGroup()
        let value = Mutex<Value?>(nil)
    }

    private let capacity: Int
    private let kept = Mutex(Kept())

    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value of `key` if it is kept now; nil without making it.
    public func kept(_ key: RenderedTexts.Key) -> Value? {
        kept.withLock { $0.values[key]?.value }
    }

    /// The value of `key`, made with `make` unless it is kept or being made.
    public func value(_ key: RenderedTexts.Key, make: () -> Value) -> Value {
        let found = kept.withLock { kept -> Found in
            if let entry = kept.values[key] {
                kept.clock += 1
                kept.values[key]!.lastUse = kept.clock
                return .kept(entry.value)
            }
            if let making = kept.making[key] { return .waitFor(making) }
            let making = Making()
            making.done.enter()
            kept.making[key] = making
            return .make(making)
        }
        switch found {
        case .kept(let value):
            return value
        case .waitFor(let making):
            making.done.wait()
            return making.value.withLock { $0! }
        case .make(let making):
            // Made outside the lock, so that other values are made meanwhile.
            let value = make()
            making.value.withLock { $0 = value }
            // The value let go is freed once the lock is released and the threads waiting for
            // this one are woken: freeing a text's many strings and arrays is slow.
            let evicted = kept.withLock { kept -> Value? in
                kept.clock += 1
                kept.values[key] = (value, kept.clock)
                kept.making[key] = nil
                guard kept.values.count > capacity,
                      let oldest = kept.values.min(by: { $0.value.lastUse < $1.value.lastUse }) else { return nil }
                return kept.values.removeValue(forKey: oldest.key)?.value
            }
            making.done.leave()
            withExtendedLifetime(evicted) {}
            return value
        }
    }
}
