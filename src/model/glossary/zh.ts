/**
 * Chinese glossary: the fixed names of the Level 0 and Level 1 groupings (checked by `npm run check`)
 * and the key terms every Chinese page uses, following the terms Chinese operators use for the eTOM.
 */
export const groupings: Record<string, string> = {
  '1.1': '运营',
  '1.1.1': '客户关系管理',
  '1.1.2': '业务管理和运作',
  '1.1.3': '资源管理和运作',
  '1.1.4': '供应商和合作伙伴关系管理',
  '1.2': '战略、基础设施和产品',
  '1.2.1': '市场营销和产品提供管理',
  '1.2.2': '业务开发和管理',
  '1.2.3': '资源开发和管理',
  '1.2.4': '供应链开发和管理',
  '1.3': '企业管理',
  '1.3.1': '战略和企业规划',
  '1.3.2': '企业风险管理',
  '1.3.3': '企业效能管理',
  '1.3.4': '知识和研究管理',
  '1.3.5': '财务和资产管理',
  '1.3.6': '利益相关方和外部关系管理',
  '1.3.7': '人力资源管理',
  'strategy-commit': '战略和承诺',
  'infrastructure-lifecycle-management': '基础设施生命周期管理',
  'product-lifecycle-management': '产品生命周期管理',
  'operations-support-readiness': '运营支撑和条件准备',
  // 开通, not 实施: Chinese operators name the F of FAB 开通 (业务开通 — "开通、保障、计费", as in their
  // service-provisioning systems); 实施 reads as project implementation. Reviewed for issue 17.
  'fulfillment': '开通',
  'assurance': '保障',
  'billing': '计费',
};

/**
 * Gloss rule: a term shown here with its expansion — "SLA（服务等级协议）", "使用记录（话单）" — is spelt out on
 * its first mention in a page only, and written short after that.
 */
export const terms: Record<string, string> = {
  // Not 订单回落 (a calque); the order that drops out of automation into manual handling.
  'fall-out': '异常单',
  'order': '订单',
  'customer order': '客户订单',
  'service order': '业务订单',
  'resource order': '资源订单',
  'trouble / problem': '故障',
  'trouble ticket': '故障单',
  'SLA': 'SLA（服务等级协议）',
  'QoS': 'QoS（服务质量）',
  'billing event': '计费事件',
  'bill / invoice': '账单',
  // Charging (1.1.1.13) is the rating and pricing of usage; Billing (the vertical, 计费) turns it into bills.
  // The two must never share a word.
  'charging': '费用计算',
  'rating': '批价',
  'usage record': '使用记录（话单）',
  'call-centre agent': '客服代表',
  'mediation': '采集预处理（mediation）',
  'settlement': '结算',
  'customer': '客户',
  'service': '业务',
  'resource': '资源',
  'supplier / partner': '供应商/合作伙伴',
  'product': '产品',
  'offer': '产品提供',
  // 供给, so that provisioning (a step inside fulfillment) is not confused with Fulfillment (开通) itself.
  'provisioning': '供给',
  // One word for "support", as in 运营支撑系统 (OSS) and 业务支撑系统 (BSS); never 支持 for this sense.
  'support': '支撑',
  'activation': '激活',
  // An inventory of records is 清单, named by its layer (客户清单, 业务清单, 资源清单: 1.1.1.22.10, 1.1.2.1.1,
  // 1.1.3.1.5); 库存 is only stock of goods (销售库存, spare parts, 1.3.5.3.4).
  'inventory': '清单',
  'customer inventory': '客户清单',
  'service inventory': '业务清单',
  'resource inventory': '资源清单',
  'sales inventory': '销售库存',
  'workforce (field)': '现场人员',
  'workforce (HR, the employees)': '员工队伍',
  'readiness': '条件准备',
  'process': '流程',
  'level': '级',
  'vertical grouping': '垂直流程分组',
  'horizontal grouping': '水平流程分组',
  'operator / service provider': '运营商',
  'network': '网络',
  'field technician': '现场技术人员',
  'number portability': '携号转网',
  'revenue assurance': '收入保障',
  'fraud': '欺诈',
};
