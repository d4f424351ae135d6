extension Language {
    /// Whether a count of `n` takes the singular: 0 and 1 in French ("0 initiative", "1 initiative"),
    /// 1 alone in English ("0 initiatives", "1 initiative"). Every plural of the message tables asks here.
    public func takesSingular(_ n: Int) -> Bool {
        self == .fr ? n <= 1 : n == 1
    }
}
